package nianbao.extract;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorsTest {
    // Portals serve attachments under wrong names (报告.doc that is really a workbook, .xlsx that is a docx).
    @Test
    void containersAreToldApartByTheirEntriesNotTheName() throws Exception {
        assertEquals(Format.DOCX, Extractors.detect(FormDocs.docx(), "report.xlsx"));
        assertEquals(Format.XLSX, Extractors.detect(WorkbookExtractorTest.workbook(new XSSFWorkbook()), "a.docx"));
        assertEquals(Format.XLS, Extractors.detect(WorkbookExtractorTest.workbook(new HSSFWorkbook()), "a.doc"));
        assertEquals(Format.DOC, Extractors.detect(
                java.nio.file.Files.readAllBytes(DocExtractorTest.FIXTURE), "a.xls"));
        assertEquals(Format.PDF, Extractors.detect(PdfExtractorTest.reportPdf(), "a.html"));
    }

    @Test
    void zipThatIsNeitherDocxNorXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("ppt/presentation.xml"));
            z.write("<p/>".getBytes(StandardCharsets.UTF_8));
        }
        var e = assertThrows(Extractors.UnsupportedFormatException.class, () -> Extractors.detect(out.toByteArray(), "x.zip"));
        assertTrue(e.getMessage().contains("neither docx nor xlsx"), e.getMessage());
    }

    @Test
    void htmlVersusText() {
        assertEquals(Format.HTML, Extractors.detect("<!DOCTYPE html><p>报告</p>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(Format.HTML, Extractors.detect("  <div>一</div><p>二</p><br>".getBytes(TextDecoder.GB18030), "a.txt"));
        // UTF-16 HTML is only recognisable after decoding
        byte[] utf16 = ("\uFEFF<html><body><table><tr><td>总计</td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Format.HTML, Extractors.detect(utf16, null));
        assertEquals(Format.TXT, Extractors.detect("一、总体情况\n数量 < 5 的情况".getBytes(StandardCharsets.UTF_8), "a.html"));
    }

    // Plain-text reports mention the odd tag-like thing (「数量<5」, a pasted <br>); three tags make markup.
    @Test
    void weakMarkupNeedsThreeTags() {
        assertEquals(Format.TXT, Extractors.detect("数量<5，<10的申请<br>见附表<br>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(Format.HTML, Extractors.detect("数量<5<p>一<br>二<br>三".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(Format.HTML, Extractors.detect(("一、总体情况\n".repeat(300) + "<TABLE border=1>")
                .getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void everyFormatHasAnExtractor() {
        for (Format f : Format.values()) assertEquals(f, Extractors.forFormat(f).format());
    }
}
