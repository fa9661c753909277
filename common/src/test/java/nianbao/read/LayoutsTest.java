package nianbao.read;

import nianbao.extract.Page;
import nianbao.form.Forms;
import nianbao.model.Full;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same tables written in every layout seen in real reports read to the same cells: one reader, no block per
 * layout. The reference is the TAB-row layout.
 */
class LayoutsTest {
    private static final List<List<String>> ROWS = new ArrayList<>();

    static {
        ROWS.add(List.of("第二十条第（一）项"));
        ROWS.add(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        ROWS.add(List.of("规章", "0", "0", "0"));
        ROWS.add(List.of("规范性文件", "6", "6", "31"));
        ROWS.add(List.of("第二十条第（九）项"));
        ROWS.add(List.of("信息内容", "采购项目数量", "采购总金额"));
        ROWS.add(List.of("政府集中采购", "2", "152790元"));
        ROWS.add(List.of("三、收到和处理政府信息公开申请情况"));
        ROWS.add(List.of("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "申请人情况"));
        for (int i = 0; i < Snippets.S3_LABELS_2019.size(); i++) {
            String label = Snippets.S3_LABELS_2019.get(i);
            List<String> row = new ArrayList<>(List.of(label));
            boolean one = i == 0 || i == 2 || i == 21;
            row.addAll(one ? List.of("2", "", "", "", "", "1", "3") : List.of("0", "0", "0", "0", "0", "0", "0"));
            ROWS.add(row);
        }
        ROWS.add(List.of("四、政府信息公开行政复议、行政诉讼情况"));
        ROWS.add(List.of("行政复议", "行政诉讼"));
        ROWS.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        ROWS.add(List.of("1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        ROWS.add(List.of("五、存在的主要问题及改进情况"));
    }

    private static Full read(Page page) {
        return TableReader.read(page, Forms.F2019, true, Deadline.none()).full();
    }

    private static Page lines(String text) {
        List<Page.Block> blocks = new ArrayList<>();
        for (String l : text.split("\n", -1)) blocks.add(Page.Block.line(l));
        return new Page(blocks);
    }

    private static Full reference() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : ROWS) sb.append(String.join("\t", r)).append('\n');
        return read(lines(sb.toString()));
    }

    @Test // the reference itself: printed cells are read; the blanks of 「2 … 1 3」 are settled by the row sum
    void tabRows() {
        Full f = reference();
        assertEquals(Arrays.asList(2L, 0L, 0L, 0L, 0L, 1L, 3L), f.section3().get("new"));
        assertEquals(31L, f.section2().get("normative_docs").get("total"));
        assertEquals("152790元", f.section2().get("procurement").get("amount_raw"));
        assertEquals(Arrays.asList(1L, 0L, 0L, 0L, 1L), f.section4().get("reconsideration"));
    }

    @Test // one cell per line behind a TAB, blank lines between rows (seeds 000, 003, 004)
    void oneCellPerLineWithTabs() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : ROWS) {
            for (String c : r) sb.append('\t').append(c).append('\n');
            sb.append('\n');
        }
        assertEquals(reference(), read(lines(sb.toString())));
    }

    @Test // a pipe after each cell, 「||」 between rows (seed 001)
    void pipePerCell() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : ROWS) {
            for (String c : r) sb.append(c).append(" |\n");
            sb.append("||\n");
        }
        assertEquals(reference(), read(lines(sb.toString())));
    }

    @Test // compact pipe rows: 「| 规章 | 0 | 0 | 0 |」 (markdown-like copies)
    void pipeRows() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : ROWS) sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        assertEquals(reference(), read(lines(sb.toString())));
    }

    @Test // real table rows (HTML, Word, Excel, PDF by positions) with empty cells kept
    void tableRows() {
        List<Page.Block> blocks = new ArrayList<>();
        blocks.add(Page.Block.line("某某镇2020年政府信息公开工作年度报告"));
        for (List<String> r : ROWS) blocks.add(r.size() == 1 ? Page.Block.line(r.get(0)) : Page.Block.row(r));
        assertEquals(reference(), read(new Page(blocks)));
    }

    @Test // PDF plain text: space-separated rows; blank cells vanish, so the row with blanks is placed by arithmetic
    void spaceSeparatedRows() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : ROWS) {
            List<String> cells = new ArrayList<>(r);
            cells.removeIf(String::isEmpty);
            sb.append(String.join(" ", cells)).append('\n');
        }
        Full f = read(lines(sb.toString()));
        assertEquals(reference().section2(), f.section2());
        assertEquals(reference().section4(), f.section4());
        // 「2 1 3」 for seven columns: 自然人 2 … 其他 1 … 总计 3 cannot be told from 「2 … 1 3」 by arithmetic alone
        assertEquals(reference().section3().get("carried"), f.section3().get("carried"));
    }
}
