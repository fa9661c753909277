package nianbao.read;

import nianbao.form.Forms;
import nianbao.form.Label;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failure classes of real web-page texts (the text a web index keeps of a report page), one test each, on small
 * made-up fixtures in the same shape.
 */
class WebPageTextTest {

    /** One cell per line with a blank line after every line, as many portal pages come out of text extraction. */
    static String spaced(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    private static final String[] HEAD = {"某某街道2020年政府信息公开工作年度报告", "一、总体情况", "2020年，我街道认真贯彻《条例》。",
            "二、主动公开政府信息情况"};

    private static final String[] S2 = {
            "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
            "规章", "0", "0", "0", "规范性文件", "3", "1", "5",
            "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
            "行政许可", "2", "0", "17", "其他对外管理服务事项", "0", "0", "0",
            "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
            "行政处罚", "1", "0", "9", "行政强制", "0", "0", "0",
            "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "1", "1",
            "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "3", "12.5万元"};

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    @Test // every cell followed by a blank line (portal pages): a blank line separates cells, not rows
    void blankLineAfterEveryCell() {
        Report r = HardCasesTest.parse(spaced(concat(HEAD, S2)));
        assertEquals(3L, r.normativeDocsNew());
        assertEquals(17L, r.licensingDecisions());
        assertEquals(9L, r.punishmentDecisions());
        assertEquals(3L, r.procurementProjects());
        assertEquals(0, new java.math.BigDecimal("125000").compareTo(r.procurementAmountYuan()));
    }

    @Test // stray extra blank lines inside a row whose cells are all printed (「283 / / 0 / / / 283」)
    void strayBlankLinesInsideAFullRow() {
        String text = spaced(concat(HEAD, S2)).replace("行政处罚\n\n1\n\n0\n\n9", "行政处罚\n\n1\n\n\n0\n\n\n\n9");
        Report r = HardCasesTest.parse(text);
        assertEquals(9L, r.punishmentDecisions());
        assertEquals(Arrays.asList(1L, 0L, 9L), Arrays.asList(r.full().section2().get("punishment").values().toArray()));
    }

    @Test // section 三 with the six applicant cells blank (several blank lines) and only 总计 printed: it is the total
    void blankApplicantCellsBeforeThePrintedTotal() {
        String s3 = String.join("\n\n", "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
                "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                "一、本年新收政府信息公开申请数量\n\n\n\n\n\n\n\n2",
                "二、上年结转政府信息公开申请数量\n\n\n\n\n\n\n\n0",
                "三、本年度办理结果", "(一)予以公开\n\n\n\n\n\n\n\n1", "(二)部分公开");
        Report r = HardCasesTest.parse(spaced(concat(HEAD, S2)) + "\n" + s3);
        assertEquals(2L, r.appsNewTotal());
        assertEquals(0L, r.appsCarriedTotal());
        assertEquals(1L, r.appsDisclosedTotal());
        assertEquals(Arrays.asList(null, null, null, null, null, null, 2L), r.full().section3().get("new"));
    }

    @Test // blank lines that do not number the missing cells (three for six) are stray lines: the value is not placed
    void gapOfTheWrongSizeLeavesTheValueUnplaced() {
        String s3 = String.join("\n\n", "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
                "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                "一、本年新收政府信息公开申请数量\n\n\n\n2", "二、上年结转政府信息公开申请数量");
        Report r = HardCasesTest.parse(spaced(concat(HEAD, S2)) + "\n" + s3);
        assertNull(r.appsNewTotal());
        assertEquals(Collections.nCopies(7, null), r.full().section3().get("new"));
    }

    @Test // blank lines on both sides of a lone value: the blank cells could be on either side, so it is not placed
    void gapsOnBothSidesLeaveTheValueUnplaced() {
        String text = spaced(concat(HEAD, S2)).replace("行政处罚\n\n1\n\n0\n\n9", "行政处罚\n\n\n\n9\n\n\n\n");
        Report r = HardCasesTest.parse(text);
        assertNull(r.punishmentDecisions());
        assertEquals(Collections.nCopies(3, null), Arrays.asList(r.full().section2().get("punishment").values().toArray()));
    }

    @Test // a line of spaces only is a blank cell: the blank row stays blank and the next row keeps its values
    void lineOfSpacesIsABlankCell() {
        String text = spaced(concat(HEAD, S2)).replace("其他对外管理服务事项\n\n0\n\n0\n\n0", "其他对外管理服务事项\n\n \n\n \n\n ");
        Report r = HardCasesTest.parse(text);
        assertEquals(Collections.nCopies(3, null),
                Arrays.asList(r.full().section2().get("other_services").values().toArray()));
        assertEquals(17L, r.licensingDecisions());
        assertEquals(9L, r.punishmentDecisions());
    }

    @Test // signed changes in the 本年增/减 column: 「+3」, 「-8」 and a minus typed twice 「--253」
    void signedChangeValues() {
        String text = spaced(concat(HEAD, S2)).replace("行政许可\n\n2\n\n0\n\n17", "行政许可\n\n16\n\n+3\n\n780")
                .replace("行政处罚\n\n1\n\n0\n\n9", "行政处罚\n\n253\n\n--253\n\n0")
                .replace("行政强制\n\n0\n\n0\n\n0", "行政强制\n\n9\n\n-8\n\n4");
        Report r = HardCasesTest.parse(text);
        assertEquals(780L, r.licensingDecisions());
        assertEquals(3L, r.full().section2().get("licensing").get("change"));
        assertEquals(0L, r.punishmentDecisions());
        assertEquals(-253L, r.full().section2().get("punishment").get("change"));
        assertEquals(-8L, r.full().section2().get("coercion").get("change"));
    }

    @Test // a Traditional-script mirror copy with pinyin after some characters: form tokens and labels still match
    void traditionalMirrorWithPinyin() {
        String text = """
                某某港區(qū)管理委員會政府信息公開工作2020年度報告 |
                一、總體情況
                2020年,,管委會嚴(yán)格按照《條例》要求做好公開工作,。
                二,、主動公開政府信息情況
                第二十條第(一)項 | |||
                信息內(nèi)容 | 本年新 | 本年新 | 對外公開總數(shù)量 |
                規(guī)章 | 0 | 0 | 0 |
                規(guī)范性文件 | 6 | 6 | 9 |
                第二十條第(五)項 | |||
                信息內(nèi)容 | 上一年項目數(shù)量 | 本
                """;
        Report r = HardCasesTest.parse(text);
        assertEquals("2019", r.template());
        assertEquals(6L, r.normativeDocsNew());
    }

    private static final String HUBEI = """
            二、主動公開政府信息情況
            第二十條第(一)項 | |||||
            信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||
            規章(設區的市、自治州人民政府應提供相關數據) | 0 | 0 | 0 | ||
            規範性檔案(行政機關制定發布的決定、公告、通告、意見、通知,以及標題採用“規定”“辦法”“細則”等字樣的公文,一般情況下屬於規範性檔案) | 3 | 3 | 12 | ||
            其他主動公開檔案(含以本單位或本單位辦公室名義正式簽發的、除規範性檔案以外的主動公開檔案,可參考本單位政府信息公開平台數據) | 140 | 60 | 300 | ||
            第二十條第(五)項 | |||||
            信息內容 | 上一年項目數量(指2019年事項數) | 本年增/減(指2020年增加或減少的事項數,減用負值表示,如-8) | 處理決定數量(指2020年辦件量) | ||
            行政許可 | 6 | 1 | 51 | ||
            """;

    @Test // 湖北's variant, copied in Traditional script: notes inside label and header cells, 文件 written 檔案, and an
          // extra 其他主动公开文件 row after 规范性文件
    void hubeiVariantWithNotesInLabels() {
        Report r = HardCasesTest.parse("某某局2020年政府信息公開工作年度報告\n" + HUBEI);
        assertEquals("2019", r.template());
        assertEquals(3L, r.normativeDocsNew());
        assertEquals(Arrays.asList(3L, 3L, 12L), Arrays.asList(r.full().section2().get("normative_docs").values().toArray()));
        assertEquals(51L, r.licensingDecisions());
    }

    @Test // the extra 其他主动公开文件 row ends the row before it: a 规范性文件 row printed without cells stays null
    void extraRowDoesNotLendItsCells() {
        String text = "某某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n"
                + "本年新公开数量\n对外公开总数量\n规章\n0\n0\n0\n规范性文件\n其他主动公开文件\n140\n60\n300\n"
                + "第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n6\n1\n51\n";
        Report r = HardCasesTest.parse(text);
        assertNull(r.normativeDocsNew());
        assertEquals(51L, r.licensingDecisions());
    }

    @Test // an edited 2021 form: 「本年(2021)新收」, 「上年(2020)结转」 and result rows numbered 「1.予以公开」
    void editedLabelsOfThe2021Form() {
        String text = spaced("某某镇2021年度政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第(一)项", "信息内容",
                "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0", "行政规范性文件", "1", "0", "2",
                "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人",
                "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                "一、本年(2021)新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2",
                "二、上年(2020)结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0",
                "三、本年度办理结果", "1.予以公开", "1", "0", "0", "0", "0", "0", "1",
                "2.部分公开(区分处理的,只计这一情形,不计其他情形)", "0", "0", "0", "0", "0", "0", "0", "3.不予公开", "1.属于国家秘密", "0");
        Report r = HardCasesTest.parse(text);
        assertEquals("2021", r.template());
        assertEquals(2L, r.appsNewTotal());
        assertEquals(0L, r.appsCarriedTotal());
        assertEquals(1L, r.appsDisclosedTotal());
        // found by their labels, not only by their place after the header
        assertTrue(Forms.F2021.section3().rows().get(0).matches(Label.key("一、本年(2021)新收政府信息公开申请数量")));
        assertTrue(Forms.F2021.section3().rows().get(1).matches(Label.key("二、上年(2020)结转政府信息公开申请数量")));
    }

    @Test // procurement unit only in the header (「采购总金额(单位:万元)」): the amount is converted, and --explain names
          // both the value cell and the header cell the unit came from
    void procurementUnitInTheHeaderIsExplained() {
        String text = spaced(concat(HEAD, S2)).replace("采购总金额", "采购总金额(单位:万元,保留4位小数)").replace("12.5万元", "12.5");
        nianbao.Explained e = nianbao.ReportParser.explain("case.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals(0, new java.math.BigDecimal("125000").compareTo(e.parsed().report().procurementAmountYuan()));
        String line = e.lines().stream().filter(l -> l.startsWith("procurement_amount_yuan")).findFirst().orElseThrow();
        assertTrue(line.contains("\"12.5\""), line);
        assertTrue(line.contains("unit from the header") && line.contains("单位:万元"), line);
    }

    @Test // one cell per line without blank separators, a stray blank line inside two rows, headers broken over two
          // lines (「本年新」「制作数量」) and cut short (「本年增/」)
    void strayBlankLineInsideADenseRow() {
        String text = String.join("\n", "某某街道2020年政府信息公开工作年度报告", "二、主动公开政府信息情况",
                "第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
                "规章", "0", "0", "0", "规范性文件", "3", "1", "5",
                "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
                "行政许可", "2", "", "0", "17", "其他对外管理服务事项", "0", "0", "0",
                "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
                "行政处罚", "1", "0", "", "9", "行政强制", "0", "0", "0") + "\n";
        Report r = HardCasesTest.parse(text);
        assertEquals(3L, r.normativeDocsNew());
        assertEquals(17L, r.licensingDecisions());
        assertEquals(Arrays.asList(2L, 0L, 17L), Arrays.asList(r.full().section2().get("licensing").values().toArray()));
        assertEquals(9L, r.punishmentDecisions());
    }

    @Test // a whole report (all three tables) laid out one cell per line with a blank line after every cell reads
          // exactly as its TAB-row original
    void spacedCopyOfAWholeReportReadsAsTheOriginal() {
        java.util.List<String> rows = new java.util.ArrayList<>(Snippets.allRows("0 0 0 0 0 0 0"));
        rows.set(0, "2 1 0 0 0 0 3");
        rows.set(2, "1 1 0 0 0 0 2");
        rows.set(12, "1 0 0 0 0 0 1");
        rows.set(21, "2 1 0 0 0 0 3");
        String original = Snippets.report(Snippets.section3Tabs(rows));
        StringBuilder spaced = new StringBuilder();
        for (String line : original.split("\n")) {
            for (String cell : line.split("\t")) if (!cell.isBlank()) spaced.append(cell).append("\n\n");
        }
        Report a = HardCasesTest.parse(original), b = HardCasesTest.parse(spaced.toString());
        assertEquals(a.full(), b.full());
        assertEquals(3L, b.appsNewTotal());
        assertEquals(0L, b.reconsiderationTotal());
    }

    @Test // row numbers typed as enclosed characters (「㈠予以公开」): the label is still the 予以公开 row
    void enclosedRowNumbers() {
        java.util.List<String> rows = new java.util.ArrayList<>(Snippets.allRows("0 0 0 0 0 0 0"));
        rows.set(0, "2 0 0 0 0 0 2");
        rows.set(2, "2 0 0 0 0 0 2");
        rows.set(21, "2 0 0 0 0 0 2");
        String text = Snippets.report(Snippets.section3Tabs(rows)).replace("(一)予以公开", "㈠予以公开")
                .replace("(二)部分公开", "㈡部分公开");
        Report r = HardCasesTest.parse(text);
        assertEquals(2L, r.appsDisclosedTotal());
        assertTrue(Forms.F2019.section3().rows().get(2).matches(Label.key(nianbao.text.TextNormalizer.fold("㈠予以公开"))));
    }

    @Test // rows printed without any cell (label, then the next label) are null, never the next row's values
    void rowsWithoutCellsStayNull() {
        String text = String.join("\n", "某某委2020年政府信息公開工作年度報告", "二、主動公開政府信息情況",
                "  第二十條第(一)項", "  信息內容", "本年新製作數量", "本年新公開數量", "對外公開總數量",
                "  規章", "0", "0", "0", "  規範性檔案", "4", "4", "130",
                "  第二十條第(五)項", "  信息內容", "上一年項目數量", "本年增/減", "處理決定數量",
                "  行政許可", "其他對外管理服務事項", "  第二十條第(六)項", "  信息內容", "上一年項目數量", "本年增/減",
                "處理決定數量", "  行政處罰", "  行政強制", "  第二十條第(八)項", "  信息內容", "上一年項目數量", "本年增/減",
                "  行政事業性收費", "  第二十條第(九)項", "  信息內容", "採購項目數") + "\n";
        Report r = HardCasesTest.parse(text);
        assertEquals(4L, r.normativeDocsNew());
        assertNull(r.licensingDecisions());
        assertNull(r.punishmentDecisions());
        assertNull(r.procurementProjects());
    }

    @Test // a row with one cell for two columns (收费 「0」 under 上一年项目数量 and 本年增/减): not placed, flagged
    void oneCellForTwoColumnsIsNotPlaced() {
        String text = spaced(concat(HEAD, S2)).replace("行政事业性收费\n\n1\n\n1", "行政事业性收费\n\n0");
        Report r = HardCasesTest.parse(text);
        assertEquals(Arrays.asList(null, null), Arrays.asList(r.full().section2().get("fees").values().toArray()));
        assertTrue(r.flags().contains(nianbao.model.Flags.CELLS_UNPLACED));
        assertEquals(3L, r.procurementProjects());
    }

    @Test // the same layout with two blank lines after every cell: the separator is learnt from the page, so only
          // lines beyond it are a gap, and six blank applicant cells (one line each) still put the lone number at 总计
    void twoBlankLinesAfterEveryCell() {
        String s3 = String.join("\n\n\n", "三、收到和处理政府信息公开申请情况", "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
                "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                "一、本年新收政府信息公开申请数量" + "\n".repeat(9) + "2", "二、上年结转政府信息公开申请数量");
        Report r = HardCasesTest.parse(String.join("\n\n\n", concat(HEAD, S2)) + "\n\n\n" + s3);
        assertEquals(3L, r.normativeDocsNew());
        assertEquals(9L, r.punishmentDecisions());
        assertEquals(Arrays.asList(null, null, null, null, null, null, 2L), r.full().section3().get("new"));
    }
}
