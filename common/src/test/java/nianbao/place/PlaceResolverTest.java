package nianbao.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceResolverTest {
    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.get());

    private Resolution resolve(String agency, String text, String... hosts) {
        return resolver.resolve(List.of(agency), text, () -> List.of(hosts));
    }

    @Test
    void ambiguousTownshipIsNotGuessed() {
        // 宝峰镇 is in 江西 靖安县 and in 重庆 永川区; nothing else in the text tells which.
        Resolution r = resolve("宝峰镇人民政府", "我镇2020年政府信息公开工作情况如下。");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
        assertNull(r.place());
        assertNull(r.within(), "different provinces share nothing");
    }

    @Test
    void countyBeforeTownshipDecides() {
        Resolution r = resolve("靖安县宝峰镇人民政府", "");
        assertEquals(Resolution.Status.RESOLVED, r.status());
        assertEquals("360925102", r.place().code());
        assertEquals("county+township in name", r.evidence());
    }

    @Test
    void addressLineDecides() {
        Resolution r = resolve("宝峰镇人民政府", "联系地址：重庆市永川区宝峰镇人民路1号。");
        assertEquals("500118112", r.place().code());
        assertTrue(r.evidence().startsWith("address line"), r.evidence());
    }

    @Test
    void govDomainDecides() {
        // www.jaxzf.gov.cn = 靖安县政府 (j-a-x).
        Resolution r = resolve("宝峰镇人民政府", "", "www.jaxzf.gov.cn");
        assertEquals("360925102", r.place().code());
        assertEquals("domain www.jaxzf.gov.cn", r.evidence());
        assertEquals(List.of("www.jxjaxzf.gov.cn"),
                DomainHints.hosts("下载（http://www.jxjaxzf.gov.cn/xxgk-show-488796.html）"));
    }

    @Test
    void uniqueTownshipNameIsEvidence() {
        Resolution r = resolve("德亭镇人民政府", "");
        assertEquals("410325105", r.place().code());
        assertEquals("unique township name", r.evidence());
    }

    @Test
    void typoInsideAKnownCountyIsANearMatch() {
        // 宝锋镇 for 宝峰镇: one character off, inside the county the name gives.
        Resolution r = resolve("靖安县宝锋镇人民政府", "");
        assertEquals("360925102", r.place().code());
        assertTrue(r.evidence().startsWith("near match in 靖安县"), r.evidence());
    }

    @Test
    void townshipMissingFromTheCodesIsUnresolvedWithinItsCounty() {
        Resolution r = resolve("靖安县青云湖镇人民政府", "");
        assertEquals(Resolution.Status.UNRESOLVED, r.status());
        assertEquals("360925", r.within().code());
    }

    @Test
    void ambiguousNamesInOneProvinceKeepTheProvince() {
        // Both 三里屯街道 are in different provinces (北京, 河北); 朝阳区 is in 北京 and 吉林: no common ancestor.
        assertNull(resolve("三里屯街道办事处", "").within());
        // Two candidates inside one province: the province is shared and kept.
        Gazetteer g = Gazetteer.get();
        String sameProvince = g.all().stream().filter(p -> p.level() == PlaceLevel.TOWNSHIP)
                .collect(java.util.stream.Collectors.groupingBy(Place::name)).values().stream()
                .filter(l -> l.size() == 2 && l.get(0).provinceCode().equals(l.get(1).provinceCode())
                        && !l.get(0).prefectureCode().equals(l.get(1).prefectureCode()))
                .findFirst().orElseThrow().get(0).name();
        Resolution r = resolve(sameProvince + "人民政府", "");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
        assertEquals(PlaceLevel.PROVINCE, r.within().level());
    }

    @Test
    void provinceMentionedInPassingIsNotEnough() {
        // 「学习重庆经验」 names a province, not where the township is.
        Resolution r = resolve("宝峰镇人民政府", "我镇组织干部学习重庆经验。");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
    }
}
