package nianbao.place;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void countsExcludePseudoRows() {
        // The resource README's numbers: 市辖区/省直辖县级行政区划 and 东莞市-style county rows are not divisions.
        assertEquals(31, g.count(PlaceLevel.PROVINCE));
        assertEquals(333, g.count(PlaceLevel.PREFECTURE));
        assertEquals(2974, g.count(PlaceLevel.COUNTY));
        assertEquals(41352, g.count(PlaceLevel.TOWNSHIP));
        long pseudo = g.all().stream().filter(Place::pseudo).count();
        assertEquals(13, pseudo);
        assertEquals(31 + 333 + 2974 + 41352 + 13, g.all().size());
    }

    @Test
    void everyRowHangsUnderItsParent() {
        for (Place p : g.all()) {
            if (p.parentCode() == null) continue;
            Place parent = g.byCode(p.parentCode()).orElseThrow();
            assertTrue(p.isWithin(parent), p + " not within " + parent);
            assertEquals(parent.level().ordinal() + 1, p.level().ordinal(), p.code());
        }
    }

    @Test
    void byCodeGivesAncestorNames() {
        Place p = g.byCode("540421100").orElseThrow();
        assertEquals("工布江达镇", p.name());
        assertEquals(PlaceLevel.TOWNSHIP, p.level());
        assertEquals("西藏自治区", p.province());
        assertEquals("西藏", p.provinceShort());
        assertEquals("林芝市", p.prefecture());
        assertEquals("工布江达县", p.county());
        assertEquals("5404", p.prefectureCode());
        assertEquals("540421", p.countyCode());
    }

    @Test
    void municipalityDistrictHasNoPrefecture() {
        // 北京's districts hang under the pseudo prefecture row 市辖区 (1101).
        Place chaoyang = g.byCode("110105").orElseThrow();
        assertEquals("北京", chaoyang.provinceShort());
        assertNull(chaoyang.prefecture());
        assertEquals("朝阳区", chaoyang.county());
    }

    @Test
    void prefectureCityWithoutCountiesLeavesCountyNull() {
        // 东莞市's townships sit under a pseudo county row that repeats the city's name.
        Place town = g.all().stream().filter(p -> p.code().startsWith("441900") && p.level() == PlaceLevel.TOWNSHIP)
                .findFirst().orElseThrow();
        assertEquals("东莞市", town.prefecture());
        assertNull(town.county());
        assertEquals(List.of("4419"), g.byName("东莞市").stream().map(Place::code).toList());
    }

    @Test
    void repeatedTownshipNameGivesAllPlaces() {
        Set<String> counties = g.byName("宝峰镇").stream().map(Place::county).collect(Collectors.toSet());
        assertEquals(Set.of("靖安县", "永川区"), counties);
    }

    @Test
    void variantCharacterFindsTheCodesSpelling() {
        // Reports write 郭楞, the statistical codes 郭愣.
        List<Place> ps = g.byName("吉尔格勒特郭楞蒙古民族乡");
        assertEquals(1, ps.size());
        assertEquals("吉尔格勒特郭愣蒙古民族乡", ps.get(0).name());
        assertEquals("乌苏市", ps.get(0).county());
    }

    @Test
    void autonomousPrefectureShortForm() {
        List<Place> ps = g.byName("楚雄州");
        assertEquals(1, ps.size());
        assertEquals("楚雄彝族自治州", ps.get(0).name());
        assertEquals("巴音郭楞州", Names.aliases("巴音郭楞蒙古自治州", PlaceLevel.PREFECTURE).get(0));
        assertEquals("峨边县", Names.aliases("峨边彝族自治县", PlaceLevel.COUNTY).get(0));
    }

    @Test
    void provinceShortNamesFollowTheScorer() {
        assertEquals("新疆", Names.provinceShort("新疆维吾尔自治区"));
        assertEquals("广西", Names.provinceShort("广西壮族自治区"));
        assertEquals("内蒙古", Names.provinceShort("内蒙古自治区"));
        assertEquals("北京", Names.provinceShort("北京市"));
        assertEquals("江西", g.byName("江西").get(0).provinceShort());
    }

    @Test
    void scanKeepsOnlyMaximalNames() {
        // 江达镇 is a township of 江达县 too; inside 工布江达镇 it is not a mention of its own.
        List<String> names = g.scan("单位地址：西藏林芝市工布江达县工布江达镇；").stream().map(Mention::name).toList();
        assertEquals(List.of("林芝市", "工布江达县", "工布江达镇"), names);
    }

    @Test
    void childrenOfACounty() {
        List<String> names = g.children("360925").stream().map(Place::name).toList();
        assertTrue(names.contains("宝峰镇"));
        assertEquals(12, names.size());
    }

    @Test
    void oneInstanceAcrossThreads() throws InterruptedException {
        Set<Gazetteer> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 8; i++) pool.submit(() -> seen.add(Gazetteer.get()));
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(1, seen.size());
        assertSame(g, seen.iterator().next());
    }
}
