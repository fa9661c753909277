package nianbao.tools.generate;

import nianbao.model.Json;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The truth under noise says what a careful reader can still know, and never contradicts the written values. */
class TruthUnderNoiseTest {
    private static Generated first(String noise, java.util.function.Predicate<Generated> want) {
        Generator g = new Generator(33, List.of("txt", "html"), Noise.Mix.parse(noise));
        for (int i = 0; i < 400; i++) {
            Generated d = g.generate(i);
            if (want.test(d)) return d;
        }
        throw new AssertionError("no file for noise " + noise);
    }

    // Text cut off mid-table (PDF flip-books, partial copies): the cells after the cut are null unless deducible.
    @Test
    void truncatedReportsLoseTheirTail() {
        Generated d = first("truncated", x -> x.noise().contains("truncated"));
        Report t = Json.readReport(d.truthLine());
        assertTrue(t.flags().contains("truncated"));
        String text = new String(d.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!text.contains("六、其他需要报告的事项") || !d.format().equals("txt") || !text.contains("\n"),
                "the report's end is cut off");
        boolean lost = t.litigationAfterReconsiderationTotal() == null || t.full().section4() == null
                || t.full().section4().get("litigation_after_reconsideration").contains(null);
        assertTrue(lost, "the last cell of section 四 comes after any cut");
    }

    // Blank cells for 0 with the totals printed: the blanks are fixed by the row sums, so nothing is lost.
    @Test
    void blankZerosUnderPrintedTotalsAreStillKnown() {
        Generated d = first("blank_zero", x -> x.noise().contains("blank_zero")
                && Json.readReport(x.truthLine()).full().section3() != null
                && Json.readReport(x.truthLine()).full().section3().get("new").get(6) != null
                && Json.readReport(x.truthLine()).full().section3().get("new").get(6) > 0);
        Report t = Json.readReport(d.truthLine());
        assertTrue(t.full().section3().get("new").stream().allMatch(java.util.Objects::nonNull), d.truthLine());
    }

    // A collapsed row is listed and the generator's own check (deduced = written) held while building its truth.
    @Test
    void collapsedRowsAreRecorded() {
        Generated d = first("collapsed", x -> x.noise().contains("collapsed"));
        assertTrue(d.noise().contains("collapsed"));
    }

    // Mirror copies republish the report before them, at another path, in Traditional script.
    @Test
    void mirrorCopiesRepeatTheValuesInTraditionalScript() {
        Generator g = new Generator(8, List.of("txt", "html"), Noise.Mix.parse("mirror"));
        Generated original = g.generate(0), mirror = g.generate(1);
        assertTrue(mirror.name().startsWith("mirror/"));
        assertTrue(mirror.noise().contains("mirror") && mirror.noise().contains("traditional"));
        Report a = Json.readReport(original.truthLine()), b = Json.readReport(mirror.truthLine());
        assertEquals(a.appsNewTotal(), b.appsNewTotal());
        assertEquals(a.full(), b.full());
        String text = new String(mirror.bytes(), mirror.bytes()[0] == '<' && new String(mirror.bytes(), 0, 200,
                java.nio.charset.StandardCharsets.ISO_8859_1).contains("gbk") ? java.nio.charset.Charset.forName("GBK")
                : java.nio.charset.StandardCharsets.UTF_8);
        if (!text.contains("報告")) text = new String(mirror.bytes(), java.nio.charset.Charset.forName("GB18030"));
        assertTrue(text.contains("報告"), "Traditional 報告 in the mirror");
    }

    // Heavy noise of every kind never makes the truth claim a value the file does not support (KnowableCells checks
    // each deduction against the written value and throws otherwise).
    @Test
    void heavyNoiseTruthBuildsForEveryFile() {
        Generator g = new Generator(77, List.of("txt", "html"), Noise.Mix.parse("heavy"));
        for (int i = 0; i < 150; i++) g.generate(i);
    }
}
