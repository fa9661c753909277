package nianbao.read;

import nianbao.ReportParser;
import nianbao.model.Check;
import nianbao.model.Flags;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per way real reports make the tables hard to read: cells dropped or cut short, truncated text, Traditional
 * script, letter-spaced or lost labels, spam, "/" cells, the 2021 and pre-2019 forms, procurement units, and tables
 * whose own arithmetic does not add up. Each is a snippet as printed, so a change in reading shows here first.
 */
class HardCasesTest {

    static Report parse(String text) {
        Report r = ReportParser.parse("case.txt", text.getBytes(StandardCharsets.UTF_8)).report();
        assertNull(r.error(), "error");
        return r;
    }

    private static List<Long> longs(Long... v) {
        return Arrays.asList(v);
    }

    private static List<String> rows(String fill) {
        return new ArrayList<>(Snippets.allRows(fill));
    }

    @Test // 「3 | 3」: a 予以公开 row whose blank cells were dropped; the 总计 column and 勾稽 place it uniquely
    void droppedBlankCellsArePlacedByTheArithmetic() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "3 0 0 0 0 0 3");
        cells.set(2, "3 3");
        cells.set(21, "3 0 0 0 0 0 3");
        Report r = parse(Snippets.report(Snippets.section3Tabs(cells)));
        assertEquals(longs(3L, 0L, 0L, 0L, 0L, 0L, 3L), r.full().section3().get("disclosed"));
        assertEquals(3L, r.appsDisclosedTotal());
        assertTrue(r.flags().contains(Flags.DEDUCED));
    }

    @Test // 「7 | 1 | 8」 with nothing else to pin the columns: the values cannot be placed, so they stay null
    void droppedCellsThatCannotBePlacedStayNull() {
        List<String> cells = rows("");
        cells.set(0, "7 1 8");
        Report r = parse(Snippets.report(Snippets.section3Tabs(cells)));
        assertEquals(Collections.nCopies(7, null), r.full().section3().get("new"));
        assertNull(r.appsNewTotal());
        assertTrue(r.flags().contains(Flags.CELLS_UNPLACED));
    }

    @Test // all labels, no values (003-like skeletons): every cell null, never 0
    void emptySkeletonTableIsAllNull() {
        Report r = parse(Snippets.report(Snippets.section3Tabs(List.of())));
        for (List<Long> row : r.full().section3().values()) assertEquals(Collections.nCopies(7, null), row);
        assertNull(r.appsNewTotal());
        assertNull(r.appsResultsTotal());
        assertFalse(r.flags().contains(Flags.DEDUCED));
    }

    @Test // a copy cut off in the middle of section 三: what was read stays, section 四 is null, all is flagged
    void truncatedTextKeepsWhatWasReadAndFlags() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "2 0 0 0 0 0 2");
        cells.set(2, "1 0 0 0 0 0 1");
        String full = Snippets.HEAD + Snippets.SECTION2_2019 + Snippets.section3Tabs(cells);
        String cut = full.substring(0, full.indexOf("3.危及"));
        Report r = parse(cut);
        assertTrue(r.flags().contains(Flags.TRUNCATED), r.flags().toString());
        assertEquals(2L, r.appsNewTotal());
        assertEquals(1L, r.appsDisclosedTotal());
        assertNull(r.appsResultsTotal()); // 2 = （七）+ 四: the split is not said by what was printed
        assertNull(r.appsCarriedNextTotal());
        assertNull(r.reconsiderationTotal());
        assertNull(r.full().section4());
        assertEquals(5L, r.normativeDocsNew());
    }

    @Test // a copy cut off after the last result row: （七）总计 and 四 are still fixed by the rows printed before
    void truncatedRowsSettledByTheArithmetic() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "2 0 0 0 0 0 2");
        cells.set(2, "1 0 0 0 0 0 1");
        cells.set(20, "1 0 0 0 0 0 1");
        String full = Snippets.HEAD + Snippets.SECTION2_2019 + Snippets.section3Tabs(cells);
        Report r = parse(full.substring(0, full.indexOf("(七)总计")));
        assertTrue(r.flags().contains(Flags.TRUNCATED));
        assertEquals(2L, r.appsResultsTotal());
        assertEquals(0L, r.appsCarriedNextTotal());
        assertTrue(r.flags().contains(Flags.DEDUCED));
    }

    @Test // mirror copies in Traditional script: 總計, 申請, 減3
    void traditionalScriptIsReadAsSimplified() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "2 0 0 0 0 0 2");
        cells.set(2, "2 0 0 0 0 0 2");
        cells.set(21, "2 0 0 0 0 0 2");
        String simplified = Snippets.report(Snippets.section3Tabs(cells));
        String traditional = simplified.replace("总计", "總計").replace("申请", "申請").replace("减3", "減3")
                .replace("规范性文件", "規範性文件").replace("处理决定数量", "處理決定數量").replace("结转", "結轉")
                .replace("行政复议", "行政復議").replace("诉讼", "訴訟");
        Report r = parse(traditional);
        assertTrue(r.flags().contains(Flags.TRADITIONAL_SCRIPT));
        assertEquals(2L, r.appsNewTotal());
        assertEquals(2L, r.appsResultsTotal());
        assertEquals(5L, r.normativeDocsNew());
        assertEquals(-3L, r.full().section2().get("licensing").get("change"));
        assertEquals(0L, r.reconsiderationTotal());
    }

    @Test // letter-spaced labels from justified Word tables: 「自 然 人」, 「规    章」, 「行 政 许 可」
    void letterSpacedLabelsMatch() {
        String text = Snippets.report(Snippets.section3Tabs(rows("0 0 0 0 0 0 0")))
                .replace("自然人", "自 然 人").replace("规章\t", "规    章\t").replace("行政许可\t", "行 政 许 可\t")
                .replace("(七)总计", "(七) 总  计");
        Report r = parse(text);
        assertEquals(240L, r.licensingDecisions());
        assertEquals(0L, r.full().section2().get("regulations").get("new"));
        assertEquals(0L, r.appsResultsTotal());
    }

    @Test // eight 不予公开 sub-row labels dropped, leaving bare rows of zeros: placed by form order and cell counts
    void lostLabelsFallBackToRowOrder() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(4, "1 0 0 0 0 0 1"); // 1.属于国家秘密
        cells.set(0, "1 0 0 0 0 0 1");
        cells.set(21, "1 0 0 0 0 0 1");
        String text = Snippets.report(Snippets.section3Tabs(cells));
        for (String label : Snippets.S3_LABELS_2019.subList(4, 12)) text = text.replace(label + "\t", "\t");
        Report r = parse(text);
        assertEquals(longs(1L, 0L, 0L, 0L, 0L, 0L, 1L), r.full().section3().get("withheld_state_secret"));
        assertEquals(longs(0L, 0L, 0L, 0L, 0L, 0L, 0L), r.full().section3().get("withheld_query"));
        assertEquals(1L, r.appsResultsTotal());
    }

    @Test // header cells cut short (「本年新 | 本年新」): the form is still known from its other tokens, values read
    void headerCellsCutShort() {
        String text = Snippets.report(Snippets.section3Tabs(rows("0 0 0 0 0 0 0")))
                .replace("本年新制作数量\t本年新公开数量", "本年新\t本年新");
        Report r = parse(text);
        assertEquals("2019", r.template());
        assertEquals(5L, r.normativeDocsNew());
        assertEquals(12L, r.full().section2().get("normative_docs").get("total"));
    }

    @Test // gambling banners injected by mirror sites into the title and the text
    void spamStringsAreRemoved() {
        String text = Snippets.report(Snippets.section3Tabs(rows("0 0 0 0 0 0 0")))
                .replace("某某镇人民政府2020年", "uedbet体育_uedbet官网@:某某镇人民政府2020年")
                .replace("我镇认真贯彻", "环球国际(中国)官方网站我镇认真贯彻足彩app哪个是正规的")
                .replace("一、总体情况", "一、总体情况赌博软件app");
        nianbao.Parsed p = ReportParser.parse("case.txt", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(p.report().flags().contains(Flags.SPAM_REMOVED));
        assertEquals(0L, p.report().appsNewTotal());
        String normalized = nianbao.text.TextNormalizer.normalize(text);
        for (String spam : List.of("uedbet", "环球国际", "足彩app", "赌博软件")) assertFalse(normalized.contains(spam), spam);
        assertTrue(normalized.contains("某某镇人民政府2020年"));
    }

    @Test // rows printed as 「/」 mean "no value printed": null unless the arithmetic settles them, never read as 0
    void slashRowsAreNotZero() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "2 0 0 0 0 0 2");
        cells.set(2, "/ / / / / / /");
        cells.set(3, "/ / / / / / /");
        cells.set(21, "2 0 0 0 0 0 2");
        Report r = parse(Snippets.report(Snippets.section3Tabs(cells)));
        // 予以公开 + 部分公开 = 2 in the 自然人 and 总计 columns: how the 2 split is not said
        assertEquals(Arrays.asList(null, 0L, 0L, 0L, 0L, 0L, null), r.full().section3().get("disclosed"));
        assertNull(r.appsDisclosedTotal());
        assertEquals(2L, r.appsNewTotal());
        assertTrue(r.flags().contains(Flags.DEDUCED));
    }

    @Test // a 「/」 or blank cell that the arithmetic does settle is filled and flagged deduced (the one deduction rule)
    void blankCellsSettledByArithmeticAreDeduced() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "3 0 0 0 0 0 3");
        cells.set(1, "/ / / / / / /");
        cells.set(2, "3 0 0 0 0 0 ");
        cells.set(21, "3 0 0 0 0 0 3");
        Report r = parse(Snippets.report(Snippets.section3Tabs(cells)));
        assertEquals(longs(0L, 0L, 0L, 0L, 0L, 0L, 0L), r.full().section3().get("carried"));
        assertEquals(3L, r.appsDisclosedTotal());
        assertTrue(r.flags().contains(Flags.DEDUCED));
    }

    @Test // the 2021 form: 本年制发件数, 本年收费金额（万元）, （六）其他处理 split in three, no procurement
    void form2021() {
        String s2 = """
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容\t本年制发件数\t本年废止件数\t现行有效件数
                规章\t0\t0\t0
                行政规范性文件\t3\t1\t25
                第二十条第（五）项
                信息内容\t本年处理决定数量
                行政许可\t1520
                第二十条第（六）项
                信息内容\t本年处理决定数量
                行政处罚\t36
                行政强制\t0
                第二十条第（八）项
                信息内容\t本年收费金额（单位：万元）
                行政事业性收费\t12.5
                """;
        List<String> labels = new ArrayList<>(Snippets.S3_LABELS_2019);
        labels.remove("(六)其他处理");
        labels.addAll(20, List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"));
        StringBuilder s3 = new StringBuilder(Snippets.S3_HEAD);
        for (String l : labels) {
            String v = l.startsWith("一、") || l.startsWith("(一)") || l.startsWith("(七)") ? "4\t1\t0\t0\t0\t0\t5"
                    : l.startsWith("3.其他") ? "0\t0\t0\t0\t0\t0\t0" : "0\t0\t0\t0\t0\t0\t0";
            if (l.contains("(六)")) continue;
            s3.append(l.equals("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请") ? "(六)其他处理\t" : "")
                    .append(l).append('\t').append(v).append('\n');
        }
        Report r = parse(Snippets.HEAD + s2 + s3 + Snippets.SECTION4_ZERO + Snippets.TAIL);
        assertEquals("2021", r.template());
        assertEquals(3L, r.normativeDocsNew());
        assertEquals(25L, r.full().section2().get("normative_docs").get("in_force"));
        assertEquals(1520L, r.licensingDecisions());
        assertEquals(36L, r.punishmentDecisions());
        assertEquals(0, new BigDecimal("12.5").compareTo((BigDecimal) r.full().section2().get("fees").get("amount_wan")));
        assertEquals(25, r.full().section3().size());
        assertEquals(longs(0L, 0L, 0L, 0L, 0L, 0L, 0L), r.full().section3().get("other_other"));
        assertEquals(5L, r.appsNewTotal());
        assertEquals(5L, r.appsResultsTotal());
        assertNull(r.procurementProjects());
        assertFalse(r.flags().contains(Flags.CHECK_FAILED), r.checks().toString());
    }

    @Test // the pre-2019 form (old 条例): 申请总数 and the 同意公开 counts, template pre2019
    void preForm2019() {
        String text = """
                某某县人民政府办公室2015年政府信息公开工作年度报告
                三、依申请公开政府信息情况
                指标名称\t单位\t数量
                （一）申请总数\t件\t26
                其中：1.当面申请数\t件\t10
                2.网上申请数\t件\t16
                （二）对申请的答复总数\t件\t26
                其中：1.同意公开答复数\t件\t20
                2.同意部分公开答复数\t件\t4
                3.否决公开答复数\t件\t2
                四、政府信息公开收费及减免情况
                五、因政府信息公开申请行政复议、提起行政诉讼的情况
                """;
        Report r = parse(text);
        assertEquals("pre2019", r.template());
        assertEquals(26L, r.appsNewTotal());
        assertEquals(longs(20L), r.full().section3().get("disclosed"));
        assertEquals(longs(4L), r.full().section3().get("partly_disclosed"));
    }

    @Test // the procurement amount's unit: from the header, from the value, from nowhere (null + flag), or 0
    void procurementUnits() {
        String base = Snippets.report(Snippets.section3Tabs(rows("0 0 0 0 0 0 0")));
        Report header = parse(base.replace("采购总金额\t", "采购总金额（单位：万元，保留4位小数）\t").replace("政府集中采购\t4\t0", "政府集中采购\t3\t0.5344"));
        assertEquals(0, new BigDecimal(5344).compareTo(header.procurementAmountYuan()));
        assertEquals("万元", header.procurementUnit());
        Report value = parse(base.replace("政府集中采购\t4\t0", "政府集中采购\t9\t1424.4万元"));
        assertEquals(0, new BigDecimal(14244000).compareTo(value.procurementAmountYuan()));
        assertEquals("1424.4万元", value.procurementAmountRaw());
        Report none = parse(base.replace("政府集中采购\t4\t0", "政府集中采购\t276\t799100"));
        assertNull(none.procurementAmountYuan());
        assertEquals("799100", none.procurementAmountRaw());
        assertTrue(none.flags().contains(Flags.PROCUREMENT_UNIT_UNKNOWN));
        Report zero = parse(base);
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.procurementAmountYuan()));
        assertFalse(zero.flags().contains(Flags.PROCUREMENT_UNIT_UNKNOWN));
    }

    @Test // an internal contradiction (总计 ≠ sum of parts): the check fails, the printed values are kept as printed
    void contradictionFailsACheckAndKeepsValues() {
        List<String> cells = rows("0 0 0 0 0 0 0");
        cells.set(0, "3 1 0 0 0 0 5");
        cells.set(2, "3 1 0 0 0 0 4");
        cells.set(21, "3 1 0 0 0 0 4");
        Report r = parse(Snippets.report(Snippets.section3Tabs(cells)));
        assertEquals(5L, r.appsNewTotal());
        assertEquals(4L, r.appsResultsTotal());
        assertTrue(r.flags().contains(Flags.CHECK_FAILED));
        assertTrue(r.checks().stream().anyMatch(c -> c.rule().equals("row_total") && c.outcome() == Check.Outcome.FAIL));
        assertTrue(r.checks().stream().anyMatch(c -> c.rule().equals("gouji") && c.outcome() == Check.Outcome.FAIL));
    }
}
