package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxExtractorTest {
    private final DocxExtractor docx = new DocxExtractor();

    // gridSpan and vMerge put "" in the covered positions; an empty cell stays ""; two paragraphs join with "\n".
    @Test
    void form2019TableWithSpansAndBlanks() throws Exception {
        Page p = docx.extract(FormDocs.docx());
        assertEquals(HtmlExtractorTest.EXPECTED, Blocks.rows(p));
        assertEquals(List.of("某镇2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                Blocks.lines(p));
        assertTrue(p.blocks().get(2).table(), "the table comes between the paragraphs, in document order");
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", p.blocks().get(p.blocks().size() - 1).text());
    }

    /** A minimal .docx whose document.xml body is {@code body} (what Word, WPS and converters write, cut down). */
    static byte[] rawDocx(String body) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(z, "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                    + "<w:body>" + body + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new java.util.zip.ZipEntry(name));
        z.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    private static String tc(String props, String content) {
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + content + "</w:tc>";
    }

    // Report wrapped in a one-cell layout table, a text box with its VML fallback, a row starting at grid column 2,
    // a content control around a paragraph, a tab and a line break inside a paragraph.
    @Test
    void nestedLayoutTableTextBoxAndGridBefore() throws Exception {
        String inner = "<w:tbl>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("", p("自然人")) + tc("", p("总计")) + "</w:tr>"
                + "<w:tr>" + tc("", p("一、本年新收")) + tc("", p("3")) + tc("<w:vMerge/>", "<w:p/>") + "</w:tr>"
                + "</w:tbl>";
        String body = "<w:sdt><w:sdtContent>" + p("标题") + "</w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r>"
                + "<mc:AlternateContent><mc:Choice><w:r><w:t>框内文字</w:t></w:r></mc:Choice>"
                + "<mc:Fallback><w:r><w:t>框内文字</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
                + "<w:tbl><w:tr>" + tc("", p("正文开始") + inner + p("正文结束")) + "</w:tr></w:tbl>";
        Page page = docx.extract(rawDocx(body));
        assertEquals(List.of("标题", "甲\t乙", "丙框内文字", "正文开始", "正文结束"), Blocks.lines(page));
        assertEquals(List.of(List.of("", "自然人", "总计"), List.of("一、本年新收", "3", "")), Blocks.rows(page));
        assertEquals("正文结束", page.blocks().get(page.blocks().size() - 1).text());
    }

    // Downloads cut short by a flaky portal: the archive is truncated.
    @Test
    void truncatedDocxGivesClearError() throws Exception {
        byte[] whole = FormDocs.docx();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        IOException e = assertThrows(IOException.class, () -> docx.extract(cut));
        assertTrue(e.getMessage().startsWith("corrupt docx"), e.getMessage());
        assertEquals(Format.DOCX, Extractors.detect(cut, "report.docx"));
    }
}
