package nianbao.read;

import nianbao.extract.Page;
import nianbao.form.Forms;
import nianbao.model.Full;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layouts met in copied and converted reports, where positions must be recovered from the header or the row ends. */
class RealLayoutsTest {
    private static final String S3_TABS_HEADER = """
            三、收到和处理政府信息公开申请情况
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\t\t\t\t\t\t
            \t\t\t自然人\t法人或其他组织\t\t\t\t\t总计
            \t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
            """;

    private static Full read(String text) {
        List<Page.Block> blocks = new ArrayList<>();
        for (String l : text.split("\n", -1)) blocks.add(Page.Block.line(l));
        return TableReader.read(new Page(blocks), Forms.F2019, true, Deadline.none()).full();
    }

    @Test // Word tables saved as text: blank cells kept as empty TABs under a header whose columns span label cells
    void tabRowsAlignedByTheHeader() {
        StringBuilder sb = new StringBuilder(S3_TABS_HEADER);
        sb.append("一、本年新收政府信息公开申请数量\t\t\t\t\t\t\t\t\t4\n");
        sb.append("二、上年结转政府信息公开申请数量\t\t\t1\t\t\t\t\t\t1\n");
        sb.append("三、本年度办理结果\t（一）予以公开\t\t3\t\t\t\t\t\t3\n");
        Full f = read(sb.toString());
        // the 4 sits under 总计: the six blank applicant cells are unknown, not shifted left
        assertEquals(Arrays.asList(null, null, null, null, null, null, 4L), f.section3().get("new"));
        assertEquals(Arrays.asList(1L, 0L, 0L, 0L, 0L, 0L, 1L), f.section3().get("carried"));
        assertEquals(Arrays.asList(3L, 0L, 0L, 0L, 0L, 0L, 3L), f.section3().get("disclosed"));
    }

    @Test // a collapsed TAB row is shorter than the header: its numbers are not read under the header's columns
    void collapsedTabRowIsNotReadByPosition() {
        StringBuilder sb = new StringBuilder(S3_TABS_HEADER);
        sb.append("一、本年新收政府信息公开申请数量\t\t\t1\t1\n");
        Full f = read(sb.toString());
        assertEquals(Arrays.asList(null, null, null, null, null, null, null), f.section3().get("new"));
    }

    @Test // markdown copies drop spanned cells on the left: rows are aligned on their last cell
    void markdownRowsAlignOnTheRight() {
        String text = """
                三、收到和处理政府信息公开申请情况
                | （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |
                | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |
                | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |
                | 一、本年新收政府信息公开申请数量 |  |  |  |  |  |  |  |  | 2 |
                | 二、上年结转政府信息公开申请数量 |  |  | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                """;
        Full f = read(text);
        assertEquals(Arrays.asList(null, null, null, null, null, null, 2L), f.section3().get("new"));
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, 0L, 0L, 0L), f.section3().get("carried"));
    }

    @Test // PDF text wraps long labels and puts the values between the pieces: the first piece still names the row
    void wrappedPdfLabels() {
        StringBuilder sb = new StringBuilder(Snippets.S3_HEAD);
        for (int i = 0; i < 19; i++) sb.append(Snippets.S3_LABELS_2019.get(i)).append(" 0 0 0 0 0 0 0\n");
        sb.append("4.无正当理\n0 0 0 0 0 0 0\n由大量反复申请\n");
        sb.append("5.要求行政机\n关确认或重新\n1 0 0 0 0 0 1\n出具已获取信\n息\n");
        sb.append("(六)其他处理 0 0 0 0 0 0 0\n(七)总计 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0\n");
        Full f = read(sb.toString());
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, 0L, 0L, 0L), f.section3().get("not_processed_mass"));
        assertEquals(Arrays.asList(1L, 0L, 0L, 0L, 0L, 0L, 1L), f.section3().get("not_processed_confirm"));
    }

    @Test // the first rows' labels lost (blank label cells): their rows are counted from after the header
    void firstLabelsLost() {
        List<String> cells = new ArrayList<>(Snippets.allRows("0 0 0 0 0 0 0"));
        cells.set(0, "5 1 0 0 0 0 6");
        cells.set(2, "5 1 0 0 0 0 6");
        cells.set(21, "5 1 0 0 0 0 6");
        String s3 = Snippets.section3Tabs(cells)
                .replace("一、本年新收政府信息公开申请数量\t", "\t")
                .replace("二、上年结转政府信息公开申请数量\t", "\t");
        Report r = HardCasesTest.parse(Snippets.report(s3));
        assertEquals(6L, r.appsNewTotal());
        assertEquals(0L, r.appsCarriedTotal());
        assertEquals(6L, r.appsResultsTotal());
    }

    @Test // wrapped prose in a PDF mentions the section names: it must not open a section
    void proseDoesNotOpenSections() {
        String text = Snippets.HEAD
                + "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信\n息公开申请情况、存在的主要问题及改进情况等。\n"
                + Snippets.SECTION2_2019 + Snippets.section3Tabs(Snippets.allRows("0 0 0 0 0 0 0"))
                + Snippets.SECTION4_ZERO + Snippets.TAIL;
        Report r = HardCasesTest.parse(text);
        assertEquals(5L, r.normativeDocsNew());
        assertEquals(0L, r.appsNewTotal());
        assertTrue(!r.flags().contains(nianbao.model.Flags.TRUNCATED));
        assertNull(r.error());
    }

    @Test // PDF page numbers between table rows (「- 3 -」, 「第 3 页 共 12 页」) are not values of the next row
    void pageNumbersAreNotValues() {
        StringBuilder sb = new StringBuilder(Snippets.S3_HEAD);
        for (int i = 0; i < Snippets.S3_LABELS_2019.size(); i++) {
            String label = Snippets.S3_LABELS_2019.get(i);
            if (i == 3) sb.append(label).append("\n- 3 -\n第 3 页 共 12 页\n0 0 0 0 0 0 0\n");
            else sb.append(label).append(" 0 0 0 0 0 0 0\n");
        }
        Full f = read(sb.toString());
        assertEquals(Arrays.asList(0L, 0L, 0L, 0L, 0L, 0L, 0L), f.section3().get("partly_disclosed"));
        assertTrue(CellStream.isPageNumber("- 12 -"));
        assertTrue(!CellStream.isPageNumber("0 0 0"));
    }

    @Test // a PDF grid split differently per row: the 1 sits under no header column, so its column is not guessed
    void pdfRowOffTheHeaderGridIsNotPlacedByPosition() {
        List<Page.Block> blocks = new ArrayList<>();
        blocks.add(Page.Block.line("第二十条第（八）项"));
        blocks.add(Page.Block.row(List.of("信息内容", "上一年项目数量", "", "", "", "", "本年增/减", "", "", "")));
        blocks.add(Page.Block.row(List.of("行政事业性收费", "", "1", "", "", "", "", "", "", "")));
        blocks.add(Page.Block.row(List.of("政府集中采购", "", "23", "", "", "", "165.41", "", "", "")));
        blocks.add(Page.Block.line("三、收到和处理政府信息公开申请情况"));
        Full f = TableReader.read(new Page(blocks), Forms.F2019, true, Deadline.none()).full();
        assertEquals(Arrays.asList(null, null), new ArrayList<>(f.section2().get("fees").values()));
        assertEquals(23L, f.section2().get("procurement").get("projects"));
        assertEquals("165.41", f.section2().get("procurement").get("amount_raw"));
    }

    @Test // a pipe-per-cell copy with lost labels: a blank label cell and a blank value are not a row's number
    void lostLabelsWithBlankCellsInPipeLayout() {
        String text = """
                二、主动公开政府信息情况
                第二十条第（一）项 |
                |||||
                信息内容 |
                本年制发件数 |
                本年废止件数 |
                现行有效件数 |
                |||||
                规章 |
                 |
                 |
                 |
                |||||
                行政规范性文件 |
                3 |
                 |
                17 |
                ||
                第二十条第（五）项 |
                ||
                信息内容 |
                本年处理决定数量 |
                ||
                 |
                40 |
                ||
                第二十条第（六）项 |
                ||
                信息内容 |
                本年处理决定数量 |
                ||
                 |
                 |
                ||
                行政强制 |
                 |
                ||
                三、收到和处理政府信息公开申请情况
                """;
        List<Page.Block> blocks = new ArrayList<>();
        for (String l : text.split("\n", -1)) blocks.add(Page.Block.line(l));
        Full f = TableReader.read(new Page(blocks), Forms.F2021, true, Deadline.none()).full();
        assertEquals(40L, f.section2().get("licensing").get("decisions"));
        assertNull(f.section2().get("punishment").get("decisions"));
        assertEquals(17L, f.section2().get("normative_docs").get("in_force"));
    }

    @Test // a collapsed row re-spread over a converter's grid (「（七）总计 | | 1 | 1 | | …」) is read by order only
    void collapsedRowOnAGridIsReadByOrder() {
        StringBuilder sb = new StringBuilder(S3_TABS_HEADER);
        for (int i = 0; i < Snippets.S3_LABELS_2019.size(); i++) {
            String label = Snippets.S3_LABELS_2019.get(i);
            String cells = switch (i) {
                case 0, 21 -> "\t\t\t1\t0\t0\t0\t0\t0\t1";
                case 2 -> "\t\t1\t1\t\t\t\t\t\t"; // 自然人 1 … 总计 1, blanks dropped, re-spread
                default -> "\t\t\t0\t0\t0\t0\t0\t0\t0";
            };
            sb.append(label).append(cells).append('\n');
        }
        Full f = read(sb.toString());
        assertEquals(Arrays.asList(1L, 0L, 0L, 0L, 0L, 0L, 1L), f.section3().get("disclosed"));
    }

    // Each cell on its own line and ended by a line "|" (a span by a line of pipes), a blank cell an empty line then
    // its "|": the "|" ends a cell, it is not one. Read as cells, the empty lines broke the row into pieces and the
    // pieces were laid end to end: the two 1s moved to 总计 of 行政复议 and to 诉讼's second column (invented).
    @Test
    void pipeEndedCellLinesKeepTheirBlankCells() {
        StringBuilder sb = new StringBuilder("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n|\n|||||\n行政诉讼\n|\n||||||||||\n");
        for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) sb.append(h).append("\n|\n");
        sb.append("未经复议直接起诉\n|\n|||||\n复议后起诉\n|\n|||||\n");
        for (int k = 0; k < 2; k++) {
            for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) sb.append(h).append("\n|\n");
        }
        String[] row = {"", "", "", "1", "1", "", "", "", "", "", "", "", "", "", ""};
        for (String c : row) sb.append(c).append("\n|\n");
        sb.append("\n五、存在的主要问题及改进情况\n无。\n");
        Full f = read(sb.toString());
        assertEquals(Arrays.asList(0L, 0L, 0L, 1L, 1L), f.section4().get("reconsideration"));
        assertTrue(f.section4().get("litigation_direct") == null
                || f.section4().get("litigation_direct").stream().allMatch(java.util.Objects::isNull), f.section4().toString());
    }
}
