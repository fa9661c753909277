package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.extract.PdfSketch.row;
import static nianbao.extract.PdfSketch.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Table layouts as word processors print them (cells sized to their content, centred, no rulings): the rows
 * {@link PdfExtractor} rebuilds from text positions alone must be the table's rows, cell for cell.
 */
class PdfLayoutTest {
    private final PdfExtractor pdf = new PdfExtractor();

    // Two tables on one page, each with its own column grid, and stacked sub-tables under title rows: one grid per
    // page (the old layout) put the second table's values into columns of the first.
    @Test
    void tablesWithDifferentGridsOnOnePage() throws Exception {
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            s.line("二、主动公开政府信息情况", 12);
            s.table(new float[]{50, 170, 290, 410, 545}, 9, List.of(
                    row(span("第二十条第（一）项", 4)),
                    row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
                    row("规章", "0", "", "0"),
                    row("规范性文件", "12", "3", "15"),
                    row(span("第二十条第（八）项", 4)),
                    row("信息内容", "上一年项目数量", span("本年增/减", 2)),
                    row("行政事业性收费", "2", span("-1", 2))));
            s.line("三、收到和处理政府信息公开申请情况", 12);
            s.table(new float[]{50, 120, 260, 320, 440, 500}, 9, List.of(
                    row(span("（本列数据的勾稽关系为：第一项\n加第二项之和，等于第三项加第四项之和）", 2), "自然人", "法人或其他组织", "总计"),
                    row(span("一、本年新收", 2), "5", "", "5"),
                    row(span("二、上年结转", 2), "0", "1", "1")));
            bytes = s.bytes();
        }
        Page p = pdf.extract(bytes);
        assertEquals(List.of(
                List.of("", "第二十条第（一）项", "", ""),
                List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
                List.of("规章", "0", "", "0"),
                List.of("规范性文件", "12", "3", "15"),
                // the sub-table's own grid: 本年增/减 spans two columns of the table above, here it is one
                List.of("", "第二十条第（八）项", ""),
                List.of("信息内容", "上一年项目数量", "本年增/减"),
                List.of("行政事业性收费", "2", "-1"),
                List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "自然人", "法人或其他组织", "总计"),
                List.of("一、本年新收", "5", "", "5"),
                List.of("二、上年结转", "0", "1", "1")), Blocks.rows(p));
        assertEquals(List.of("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"), Blocks.lines(p));
    }

    // Body text and tables in one font size: the heading between two tables is the only sign that the second table,
    // with its own grid, begins; it ends the first table and is a line of text, not a row.
    @Test
    void headingInTheTableFontSizeSeparatesTables() throws Exception {
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            s.table(new float[]{50, 200, 300, 400, 545}, 10, List.of(
                    row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                    row("行政许可", "3", "", "7")));
            s.line("三、收到和处理政府信息公开申请情况", 10);
            s.table(new float[]{50, 150, 230, 330, 390}, 10, List.of(
                    row("", "自然人", "法人或其他组织", "总计"),
                    row("一、本年新收", "5", "", "5")));
            bytes = s.bytes();
        }
        Page p = pdf.extract(bytes);
        assertEquals(List.of(
                List.of("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                List.of("行政许可", "3", "", "7"),
                List.of("", "自然人", "法人或其他组织", "总计"),
                List.of("一、本年新收", "5", "", "5")), Blocks.rows(p));
        assertEquals(List.of("三、收到和处理政府信息公开申请情况"), Blocks.lines(p));
    }

    // Blank rows whose labels were lost print nothing: a hole of several rows in the table. The rows after it are
    // still the same table (their values line up with its columns), not a new table with a grid of its own.
    @Test
    void tableGoesOnPastAHoleOfEmptyRows() throws Exception {
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            s.table(new float[]{50, 200, 260, 320, 380}, 7, List.of(
                    row("项目", "自然人", "法人", "总计"),
                    row("一、本年新收", "3", "", "3"),
                    row("", "", "", ""),
                    row("", "", "", ""),
                    row("", "", "", ""),
                    row("（七）总计", "", "12", "12")));
            bytes = s.bytes();
        }
        assertEquals(List.of(
                List.of("项目", "自然人", "法人", "总计"),
                List.of("一、本年新收", "3", "", "3"),
                List.of("（七）总计", "", "12", "12")), Blocks.rows(pdf.extract(bytes)));
    }

    // A label wrapping inside its cell: the values sit on a line of their own between the label's two lines, a label
    // spanning rows is printed once, centred between them, and a row whose values are all blank has only its label.
    @Test
    void wrappedAndSpanningLabelsJoinTheirRows() throws Exception {
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            float[] edges = {50, 130, 290, 350, 410, 470};
            float[] tops = s.table(edges, 9, List.of(
                    row("", "", "自然人", "法人", "总计"),
                    row("", "（一）予以公开", "2", "1", "3"),
                    row("", "（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）", "1", "", "1"),
                    row("", "（三）不予公开", "", "", ""),
                    row("", "（四）无法提供", "0", "0", "0")));
            // 「三、本年度办理结果」 spans the last two rows: printed once, halfway between their lines
            s.centred("三、本年度办理结果", edges[0], edges[1], (tops[3] + tops[4]) / 2 + 11, 9);
            bytes = s.bytes();
        }
        assertEquals(List.of(
                List.of("", "", "自然人", "法人", "总计"),
                List.of("", "（一）予以公开", "2", "1", "3"),
                List.of("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "1", "", "1"),
                List.of("", "（三）不予公开", "", "", ""),
                List.of("三、本年度办理结果", "（四）无法提供", "0", "0", "0")), Blocks.rows(pdf.extract(bytes)));
    }

    // Letter-spaced headers (「总    计」, 「自 然 人」): the pieces of a spaced-out header stay one cell in its column.
    @Test
    void letterSpacedHeaderStaysOneCell() throws Exception {
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            s.table(new float[]{50, 200, 240, 280, 320}, 7, List.of(
                    row("项目", "自 然 人", "其他", "总    计"),
                    row("一、本年新收", "4", "", "4"),
                    row("二、上年结转", "0", "0", "0")));
            bytes = s.bytes();
        }
        assertEquals(List.of(
                List.of("项目", "自 然 人", "其他", "总 计"),
                List.of("一、本年新收", "4", "", "4"),
                List.of("二、上年结转", "0", "0", "0")), Blocks.rows(pdf.extract(bytes)));
    }

    // Paragraphs wrap at the right margin: the wrapped lines are one paragraph again, so a sentence that lists
    // section titles is not cut into short lines that look like table labels.
    @Test
    void wrappedParagraphIsOneLine() throws Exception {
        String first = "本报告中所列数据包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政";
        byte[] bytes;
        try (PdfSketch s = new PdfSketch()) {
            s.line(first, 10.5f);
            s.line("府信息公开行政复议和行政诉讼情况等六个部分。", 10.5f);
            s.line("一、总体情况", 10.5f);
            bytes = s.bytes();
        }
        assertEquals(List.of(first + "府信息公开行政复议和行政诉讼情况等六个部分。", "一、总体情况"),
                Blocks.lines(pdf.extract(bytes)));
    }
}
