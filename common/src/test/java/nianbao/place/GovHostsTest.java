package nianbao.place;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table of official gov.cn labels (gov-hosts.tsv) and its lookup. */
class GovHostsTest {
    private final Gazetteer g = Gazetteer.get();

    @Test
    void everyLabelNamesARealProvinceOrPrefectureAndEveryProvinceHasOne() throws Exception {
        Set<String> labels = new HashSet<>();
        Set<String> provinces = new HashSet<>();
        try (InputStream in = DomainHints.class.getResourceAsStream(DomainHints.HOSTS_RESOURCE)) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                assertTrue(labels.add(f[0]), "label listed twice: " + f[0]);
                assertTrue(f[0].matches("[a-z]{2,}"), "not a host label: " + f[0]);
                Place p = g.byCode(f[1]).orElse(null);
                assertNotNull(p, "no place for " + line);
                assertTrue(!p.pseudo() && (p.level() == PlaceLevel.PROVINCE || p.level() == PlaceLevel.PREFECTURE), line);
                provinces.add(p.provinceCode());
            }
        }
        assertEquals(31, provinces.size());
    }

    @Test
    void onlyTheLabelBeforeGovCnIsLookedUp() {
        assertEquals("海南", DomainHints.place("qionghai.hainan.gov.cn", g).provinceShort());
        assertEquals("乌海市", DomainHints.place("gxj.wuhai.gov.cn", g).name());
        assertEquals("长春市", DomainHints.place("www.changchun.gov.cn", g).name());
        // A province's label further left is the site's own word, not its owner.
        assertNull(DomainHints.place("hainan.example.gov.cn", g));
        assertNull(DomainHints.place("www.gov.cn", g));
        assertNull(DomainHints.place("hainan.com", g));
        // Homophones are left out: 福州 and 抚州 are both fuzhou.
        assertNull(DomainHints.place("www.fuzhou.gov.cn", g));
    }
}
