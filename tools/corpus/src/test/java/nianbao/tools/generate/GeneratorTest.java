package nianbao.tools.generate;

import nianbao.model.Json;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneratorTest {
    private static final List<String> TEXT = List.of("txt", "html");

    @Test
    void sameSeedGivesTheSameFilesAndTruth() {
        Generator a = new Generator(42, List.of("txt", "html", "docx", "xlsx"), Noise.Mix.parse("heavy"));
        Generator b = new Generator(42, List.of("txt", "html", "docx", "xlsx"), Noise.Mix.parse("heavy"));
        for (int i = 0; i < 40; i++) {
            Generated x = a.generate(i), y = b.generate(i);
            assertEquals(x.name(), y.name());
            assertEquals(x.truthLine(), y.truthLine());
            assertArrayEquals(x.bytes(), y.bytes(), "bytes of " + x.name());
        }
    }

    @Test
    void anIndexDoesNotDependOnTheOthers() {
        Generator g = new Generator(5, TEXT, Noise.Mix.parse("real"));
        String late = g.generate(17).truthLine();
        for (int i = 0; i < 17; i++) g.generate(i);
        assertEquals(late, g.generate(17).truthLine());
    }

    @Test
    void otherSeedsGiveOtherReports() {
        Generator a = new Generator(1, TEXT, Noise.Mix.parse("none")), b = new Generator(2, TEXT, Noise.Mix.parse("none"));
        assertNotEquals(a.generate(0).truthLine(), b.generate(0).truthLine());
    }

    // The truth of a clean file: every cell known, 勾稽 and every sum of the form hold (by construction).
    @Test
    void cleanTruthIsCompleteAndConsistent() {
        Generator g = new Generator(9, TEXT, Noise.Mix.parse("none"));
        for (int i = 0; i < 150; i++) {
            Generated d = g.generate(i);
            Report t = Json.readReport(d.truthLine());
            Map<String, List<Long>> s3 = t.full().section3();
            assertNotNull(s3, d.name());
            for (List<Long> row : s3.values()) {
                assertTrue(row.stream().allMatch(java.util.Objects::nonNull), d.name());
                assertEquals(row.get(6), row.subList(0, 6).stream().mapToLong(Long::longValue).sum(), "row sum " + d.name());
            }
            for (int c = 0; c < 7; c++) {
                assertEquals(s3.get("new").get(c) + s3.get("carried").get(c), s3.get("total").get(c) + s3.get("carried_next").get(c),
                        "勾稽 column " + c + " of " + d.name());
                long results = 0;
                for (Map.Entry<String, List<Long>> e : s3.entrySet()) {
                    if (!List.of("new", "carried", "total", "carried_next").contains(e.getKey())) results += e.getValue().get(c);
                }
                assertEquals(s3.get("total").get(c), results, "（七）总计 = sum of results, column " + c + " of " + d.name());
            }
            for (List<Long> block : t.full().section4().values()) {
                assertEquals(block.get(4), block.subList(0, 4).stream().mapToLong(Long::longValue).sum());
            }
            assertEquals(s3.get("new").get(6), t.appsNewTotal());
            assertEquals(s3.get("disclosed").get(6), t.appsDisclosedTotal());
            assertTrue(t.template().equals("2019") || t.template().equals("2021"));
            assertEquals(t.template().equals("2019"), t.full().section2().containsKey("procurement"));
            assertTrue(d.noise().isEmpty());
            assertTrue(t.reportYear() >= 2019 && t.reportYear() <= 2025);
            assertNotNull(t.agency());
        }
    }

    // Most bodies receive no application at all; a long tail receives hundreds.
    @Test
    void applicationsFollowARealisticDistribution() {
        Generator g = new Generator(11, List.of("txt"), Noise.Mix.parse("none"));
        int zero = 0, hundreds = 0, n = 400;
        for (int i = 0; i < n; i++) {
            long apps = Json.readReport(g.generate(i).truthLine()).appsNewTotal();
            if (apps == 0) zero++;
            if (apps >= 100) hundreds++;
        }
        assertTrue(zero > n / 3, "zero-request bodies: " + zero);
        assertTrue(hundreds > 0, "no body with hundreds of applications");
    }

    @Test
    void fullLengthReportsAreSixToFifteenKilobytesAsText() {
        Generator g = new Generator(3, List.of("txt"), Noise.Mix.parse("none"));
        int[] sizes = new int[60];
        for (int i = 0; i < sizes.length; i++) sizes[i] = g.generate(i).bytes().length;
        Arrays.sort(sizes);
        int median = sizes[sizes.length / 2];
        assertTrue(median > 5_000 && median < 16_000, "median size " + median);
    }
}
