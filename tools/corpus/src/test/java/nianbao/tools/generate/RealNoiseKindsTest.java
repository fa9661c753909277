package nianbao.tools.generate;

import nianbao.model.Json;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each failure class of the real web-page texts ({@code ../shared/real/excerpts}) is a noise kind: it shows in the
 * generated text, and the truth stays what the text supports (null where the noise removed a value).
 */
class RealNoiseKindsTest {

    private static Generated first(String kind, Predicate<Generated> want) {
        Generator g = new Generator(21, List.of("txt"), Noise.Mix.parse(kind));
        for (int i = 0; i < 200; i++) {
            Generated d = g.generate(i);
            if (d.noise().contains(kind) && want.test(d)) return d;
        }
        throw new AssertionError("no file with noise " + kind);
    }

    private static Generated first(String kind) {
        return first(kind, d -> true);
    }

    static String text(Generated d) {
        String u = new String(d.bytes(), StandardCharsets.UTF_8);
        return u.contains("\uFFFD") ? new String(d.bytes(), Charset.forName("GB18030")) : u;
    }

    private static Report truth(Generated d) {
        return Json.readReport(d.truthLine());
    }

    // Header cells broken over two lines or cut short: 「本年新\n制作数量」, 「本年增/」, 「本年新 | 本年新」 (n05, n06, s02, s07).
    @Test
    void brokenHeadersBreakOrCutTheColumnHeaders() {
        Generated d = first("broken_headers", x -> !x.noise().contains("traditional"));
        String t = text(d);
        assertTrue(t.contains("本年新") || t.contains("本年制"), t);
        assertFalse(t.contains("本年新制作数量") || t.contains("本年制发件数"), "the first column header is broken or cut");
    }

    // One cell per line with a blank line after every cell (n04, n05, s01): the layout changes, the truth does not.
    @Test
    void blankLinesSeparateEveryCell() {
        Generated d = first("blank_lines");
        assertTrue(text(d).replace("\r", "").contains("\n规章\n\n"), "a blank line after the 规章 label");
        assertTrue(truth(d).full().section3() != null);
    }

    // A row printed as its label alone, the next label following (s08): its values are null in the truth.
    @Test
    void rowsWithoutCellsAreNull() {
        Generated d = first("missing_cells");
        Report t = truth(d);
        boolean someRowAllNull = t.full().section2().values().stream()
                .anyMatch(row -> row.values().stream().allMatch(java.util.Objects::isNull));
        assertTrue(someRowAllNull, d.truthLine());
    }

    // One cell under both columns of the 收费 row (n04): where it belongs is unknown, so both are null.
    @Test
    void aCellOverTwoColumnsIsNotPlaced() {
        Generated d = first("merged_cell");
        Map<String, Object> fees = truth(d).full().section2().get("fees");
        assertNull(fees.get("prev_items"));
        assertNull(fees.get("change"));
    }

    // ... and the text shows it: in no txt layout does the merged cell come out as a value then an empty position
    // (「| 行政事业性收费 | 0 |  |」 reads as 0 under the first column and a blank second one: known, not merged). The
    // row is short by one instead, as in n04.
    @Test
    void aMergedCellIsNotPrintedAsAValueAndABlank() {
        Generator g = new Generator(21, List.of("txt"), Noise.Mix.parse("merged_cell"));
        java.util.regex.Pattern positional = java.util.regex.Pattern.compile("行政事业性收费(\t[^\t\n]*\t\t|\t[^\t\n]*\t\r?\n| [|] [^|\n]* [|] +[|])");
        int merged = 0;
        for (int i = 0; i < 300; i++) {
            Generated d = g.generate(i);
            if (!d.noise().contains("merged_cell")) continue;
            merged++;
            assertFalse(positional.matcher(text(d)).find(), d.name() + "\n" + text(d));
        }
        assertTrue(merged > 20, "merged_cell files: " + merged);
    }

    // Changes written with a sign: 「+3」 for a rise, 「--253」 for a fall (n09, n10); the truth keeps the number.
    @Test
    void signedChangesCarryTheirSign() {
        Generated d = first("signed", x -> text(x).matches("(?s).*(\\n|\\t|\\| )(\\+\\d|--\\d).*"));
        assertTrue(d.noise().contains("signed"));
    }

    // Stray 「|」 and 「||||」 lines (n01).
    @Test
    void strayPipeLines() {
        String t = text(first("stray_pipes")).replace("\r", "");
        assertTrue(t.contains("\n|\n") && t.contains("\n||||\n"), t);
    }

    // Runs of (non-breaking) spaces inside cells (n02, s01, s10).
    @Test
    void spacesInsideCells() {
        String t = text(first("cell_spaces"));
        assertTrue(t.contains("\u00a0\u00a0") || t.contains("   "), t);
    }

    // Mirror copies with toned pinyin after characters: 「規(guī)范性文件」 (n11); always in Traditional script.
    @Test
    void pinyinInMirrorCopies() {
        Generated d = first("pinyin");
        assertTrue(d.noise().contains("traditional"));
        assertTrue(text(d).contains("(guī)") || text(d).contains("(shù)"));
        assertTrue(truth(d).flags().contains("traditional_script"));
    }

    // The 湖北 variant (s03): instructions inside header cells, an extra 其他主动公开文件 row whose values are no row's.
    @Test
    void hubeiVariantAddsARowThatIsNotInTheTruth() {
        Generated d = first("hubei");
        String t = text(d);
        assertTrue(t.contains("其他主动公开文件") || t.contains("其他主動公開文件"));
        assertTrue(t.contains("（本年度新制作的规章、规范性文件的数量）") || t.contains("規範性文件的數量"));
        assertFalse(truth(d).full().section2().containsKey("other_docs"));
    }

    // Edited 2021 labels: 「本年(2021)新收」, 「上年(2020)结转」, 「1.予以公开」 (s11).
    @Test
    void editedLabels() {
        Generated d = first("edited_labels", x -> !x.noise().contains("traditional"));
        int y = truth(d).reportYear();
        String t = text(d);
        assertTrue(t.contains("本年(" + y + ")新收") && t.contains("上年(" + (y - 1) + ")结转"), t);
        assertTrue(t.contains("1.予以公开"));
    }

    // Numbering typed as one enclosed character: 「㈠予以公开」, 「⑴属于国家秘密」.
    @Test
    void enclosedNumerals() {
        String t = text(first("enclosed_numerals", x -> !x.noise().contains("traditional")));
        assertTrue(t.contains("㈠予以公开") && t.contains("⑴属于国家秘密"), t);
    }

    // No title line: the title is only quoted in the first sentence (n02); name and year stay known.
    @Test
    void noTitleLine() {
        Generated d = first("no_title", x -> !x.noise().contains("traditional"));
        Report t = truth(d);
        String first = text(d).strip().lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
        assertTrue(first.contains("现将《" + t.agency() + t.reportYear() + "年"), first);
    }

    // A title without the year (n10): the year is still in the statistical period, so it stays in the truth.
    @Test
    void titleWithoutYear() {
        Generated d = first("title_no_year", x -> !x.noise().contains("traditional"));
        Report t = truth(d);
        String text = text(d);
        assertFalse(text.contains(t.agency() + t.reportYear() + "年"), text);
        assertTrue(text.contains("统计期限为" + t.reportYear() + "年1月1日"), text);
    }

    // A leave-site prompt before the page (n03, n12).
    @Test
    void leaveSitePrompt() {
        assertTrue(text(first("leave_site", x -> !x.noise().contains("traditional"))).contains("您即将离开本站"));
    }

    // Every new kind together, many files: the truth builds (the deducer checks each deduction against the written
    // value) and nothing hidden is claimed.
    @Test
    void allRealKindsTogetherBuildHonestTruth() {
        Generator g = new Generator(5, List.of("txt", "html", "docx"), Noise.Mix.parse(
                "broken_headers,blank_lines,missing_cells,merged_cell,signed,stray_pipes,cell_spaces,pinyin,hubei,"
                        + "edited_labels,enclosed_numerals,no_title,leave_site,title_no_year,truncated,collapsed,blank_zero"));
        for (int i = 0; i < 60; i++) g.generate(i);
    }
}
