package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {
    /** Section 三 of the 2019 form as county portals render it: 3-row header with spans, &nbsp; for blank cells. */
    static final String TABLE = """
            <table border="1"><caption>表三</caption>
            <tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
                <td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td>商业<br>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
            <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>7</td><td>1</td><td>&nbsp;</td><td> </td><td>&nbsp;</td><td></td><td>8</td></tr>
            <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>6</td></tr>
            <tr><td colspan="2">（二）部分公开</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td><td>/</td></tr>
            </table>""";

    static final List<List<String>> EXPECTED = List.of(
            List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "自然人", "法人或其他组织",
                    "", "", "", "", "总计"),
            List.of("", "", "", "", "商业\n企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
            List.of("一、本年新收政府信息公开申请数量", "", "", "7", "1", "", "", "", "", "8"),
            List.of("三、本年度办理结果", "（一）予以公开", "", "5", "1", "0", "0", "0", "0", "6"),
            List.of("", "（二）部分公开", "", "/", "/", "/", "/", "/", "/", "/"));

    private final HtmlExtractor html = new HtmlExtractor();

    private static byte[] page(String body) {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某镇2020年政府信息公开工作年度报告</title></head>"
                + "<body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    // Spans resolved so value columns line up; &nbsp;-only and empty cells are blanks, not dropped.
    @Test
    void colspanRowspanAndNbspCells() {
        Page p = html.extract(page("<h2>三、收到和处理政府信息公开申请情况</h2>" + TABLE + "<p>四、行政复议<br>和行政诉讼</p>"));
        assertEquals(EXPECTED, Blocks.rows(p));
        assertEquals(List.of("某镇2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "表三", "四、行政复议", "和行政诉讼"),
                Blocks.lines(p));
        // order: heading line, then the rows, then the trailing paragraph
        assertTrue(p.blocks().get(3).table());
        assertEquals("四、行政复议", p.blocks().get(p.blocks().size() - 2).text());
    }

    // Word-exported pages indent with U+3000 and &nbsp;, break cells with <br><br> and leave zero-width spaces.
    @Test
    void cellAndLineWhitespaceIsTidied() {
        Page p = html.extract(page("<p>\u3000\u3000根据《条例》，&nbsp;&nbsp;现将\n  报告如下。\u3000</p>"
                + "<table><tr><td>\u3000\u3000 一、 本年\t新收 <br><br> &nbsp; <p>\u200B第二行 </p></td>"
                + "<td> &nbsp;\u3000</td></tr></table>"));
        assertTrue(Blocks.lines(p).contains("根据《条例》， 现将 报告如下。"), Blocks.lines(p).toString());
        assertEquals(List.of(List.of("一、 本年 新收\n第二行", "")), Blocks.rows(p));
    }

    // Whole page wrapped in a layout table: the outer table must not swallow the report table into one cell.
    @Test
    void nestedLayoutTableIsFlattened() {
        Page p = html.extract(page("<table><tr><td>导航</td></tr><tr><td><p>正文开始</p>" + TABLE
                + "</td></tr></table>"));
        assertEquals(List.of(List.of("导航")), Blocks.rows(p).subList(0, 1));
        assertEquals(EXPECTED, Blocks.rows(p).subList(1, 6));
        assertTrue(Blocks.lines(p).contains("正文开始"));
    }

    // Some portals ship an empty body and write the report with document.write of an escaped string.
    @Test
    void htmlInsideEscapedJavaScriptString() {
        String escaped = TABLE.replace("\n", "\\n").replace("\"", "\\\"").replace("</", "<\\/")
                .replace("自然人", "\\u81ea\\u7136\\u4eba");
        String doc = "<html><head><script>var x = 1; // \"not markup\"\n</script></head><body><div id=\"c\"></div>"
                + "<script type=\"text/javascript\">document.write(\"<p>三、收到和处理政府信息公开申请情况<\\/p>\" + \""
                + escaped + "\");</script></body></html>";
        Page p = html.extract(doc.getBytes(StandardCharsets.UTF_8));
        assertEquals(EXPECTED, Blocks.rows(p));
        assertTrue(Blocks.lines(p).contains("三、收到和处理政府信息公开申请情况"));
    }

    @Test
    void htmlInsideSingleQuotedVariable() {
        String doc = "<html><body><script>var html = '<table><tr><td>\\u4e00\\u3001\\u672c\\u5e74\\u65b0\\u6536</td>"
                + "<td>3<\\/td><td>&nbsp;<\\/td><\\/tr><\\/table>'; $('#c').html(html);</script></body></html>";
        assertEquals(List.of(List.of("一、本年新收", "3", "")), Blocks.rows(html.extract(doc.getBytes(StandardCharsets.UTF_8))));
    }

    // IE-era pages write tags in capitals (<SCRIPT>, <TABLE>, <\/TD>): the script is still found and read.
    @Test
    void upperCaseScriptCarryingTheTable() {
        String doc = "<HTML><BODY><SCRIPT LANGUAGE=\"JavaScript\">document.write('<TABLE><TR><TD>\u4e00\u3001\u672c\u5e74"
                + "\u65b0\u6536<\\/TD><TD>3<\\/TD><\\/TR><\\/TABLE>');</SCRIPT></BODY></HTML>";
        assertEquals(List.of(List.of("一、本年新收", "3")), Blocks.rows(html.extract(doc.getBytes(StandardCharsets.UTF_8))));
    }

    // Old CMS pages: GB2312 meta, bytes actually GBK (a GBK-only character in the text).
    @Test
    void gb2312MetaDecodesAsGb18030() {
        String doc = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>李喆镇人民政府</p><table><tr><td>总计</td><td>12</td></tr></table></body></html>";
        Page p = html.extract(doc.getBytes(TextDecoder.GB18030));
        assertEquals(List.of("李喆镇人民政府"), Blocks.lines(p));
        assertEquals(List.of(List.of("总计", "12")), Blocks.rows(p));
    }

    @Test
    void undeclaredGbkIsDetected() {
        String body = "<html><body><p>" + "工布江达县工布江达镇2020年政府信息公开工作年度报告，本报告包括总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况。" + "</p></body></html>";
        assertEquals(List.of("工布江达县工布江达镇2020年政府信息公开工作年度报告，本报告包括总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况。"), Blocks.lines(html.extract(body.getBytes(TextDecoder.GB18030))));
    }
}
