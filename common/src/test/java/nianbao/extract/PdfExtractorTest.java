package nianbao.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfExtractorTest {
    /** Column left edges and width of a section-三-like table: label column, then five 60-pt value columns. */
    static final float[] COLS = {50, 230, 290, 350, 410, 470};
    static final float COL_W = 60;
    static final String[][] TABLE = {
            {"项目", "自然人", "商业企业", "科研机构", "其他", "总计"},
            {"一、本年新收", "7", "1", "", "", "8"},
            {"二、上年结转", "0", "", "", "", "0"},
            {"（三）不予公开", "", "", "", "", ""},
            {"四、结转下年度继续办理", "12", "", "3", "", "15"},
    };

    private final PdfExtractor pdf = new PdfExtractor();

    /** A one-page report: a heading, the table (cells centred in their columns, empty ones not drawn), a paragraph. */
    static byte[] reportPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(Fonts.cjkFont()), true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 12, 50, 740, "三、收到和处理政府信息公开申请情况");
                float y = 700;
                for (String[] row : TABLE) {
                    for (int c = 0; c < row.length; c++) {
                        if (row[c].isEmpty()) continue;
                        float w = font.getStringWidth(row[c]) / 1000 * 10;
                        float x = c == 0 ? COLS[0] : COLS[c] + (COL_W - w) / 2;
                        text(cs, font, 10, x, y + (c % 2) * 0.6f, row[c]); // baseline jitter of 0.6 pt
                    }
                    y -= 22;
                }
                text(cs, font, 10, 50, 560, "四、政府信息公开行政复议、行政诉讼情况 2020年 我镇未发生行政复议。");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    // Plain text extraction drops empty cells ("0 0" for "0,'','','',0"); positions must keep them as "".
    @Test
    void emptyCellsKeepTheirColumns() throws Exception {
        Page p = pdf.extract(reportPdf());
        List<List<String>> expected = java.util.Arrays.stream(TABLE).map(List::of).toList();
        assertEquals(expected, Blocks.rows(p));
        assertEquals(List.of("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况 2020年 我镇未发生行政复议。"),
                Blocks.lines(p));
    }

    // Scanned reports: pages with an image and no text layer must be reported, not parsed as empty.
    @Test
    void scanWithoutTextLayer() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 50, 50, 500, 700);
            }
            doc.addPage(new PDPage());
            doc.save(out);
            scan = out.toByteArray();
        }
        NoTextLayerException e = assertThrows(NoTextLayerException.class, () -> pdf.extract(scan));
        assertTrue(e.getMessage().startsWith("no_text_layer:"), e.getMessage());
    }

    @Test
    void encryptedPdfNeedsPassword() throws Exception {
        byte[] enc;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
            enc = out.toByteArray();
        }
        IOException e = assertThrows(IOException.class, () -> pdf.extract(enc));
        assertTrue(e.getMessage().startsWith("encrypted pdf"), e.getMessage());
    }

    @Test
    void corruptPdf() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Format.PDF, Extractors.detect(junk, null));
        IOException e = assertThrows(IOException.class, () -> pdf.extract(junk));
        assertTrue(e.getMessage().startsWith("corrupt pdf"), e.getMessage());
    }
}
