package nianbao.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a tab-laid-out seed report as HTML, DOCX and PDF: runs of lines containing tabs become a table (one row per
 * line, one cell per tab field, empty fields as empty cells), other lines become paragraphs. In the PDF, columns get
 * the width of their widest text and empty cells are simply not drawn, as in a real exported table.
 */
final class SeedRenderings {
    private SeedRenderings() {
    }

    /** Consecutive lines: either one paragraph or a table (list of rows). */
    record Chunk(String paragraph, List<List<String>> rows) {
    }

    static List<Chunk> chunks(String text) {
        List<Chunk> out = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : text.split("\r?\n")) {
            if (line.contains("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                    out.add(new Chunk(null, table));
                }
                table.add(List.of(line.split("\t", -1)));
            } else {
                table = null;
                if (!line.isBlank()) out.add(new Chunk(line.strip(), null));
            }
        }
        return out;
    }

    static byte[] html(String text) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        for (Chunk c : chunks(text)) {
            if (c.paragraph() != null) {
                sb.append("<p>").append(org.jsoup.nodes.Entities.escape(c.paragraph())).append("</p>\n");
                continue;
            }
            sb.append("<table border=\"1\">\n");
            for (List<String> row : c.rows()) {
                sb.append("<tr>");
                for (String cell : row) {
                    sb.append("<td>").append(cell.isBlank() ? "&nbsp;" : org.jsoup.nodes.Entities.escape(cell)).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</table>\n");
        }
        return sb.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Chunk c : chunks(text)) {
                if (c.paragraph() != null) {
                    doc.createParagraph().createRun().setText(c.paragraph());
                    continue;
                }
                XWPFTable t = doc.createTable(c.rows().size(), 1);
                for (int r = 0; r < c.rows().size(); r++) {
                    XWPFTableRow row = t.getRow(r);
                    List<String> cells = c.rows().get(r);
                    for (int k = 0; k < cells.size(); k++) {
                        (k == 0 ? row.getCell(0) : row.addNewTableCell()).setText(cells.get(k).strip());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(Fonts.cjkFont()), true);
            Writer w = new Writer(doc, font);
            for (Chunk c : chunks(text)) {
                if (c.paragraph() != null) {
                    String p = printable(font, c.paragraph());
                    for (int i = 0; i < p.length(); i += 45) w.line(List.of(p.substring(i, Math.min(p.length(), i + 45))), null, 10);
                } else {
                    float[] widths = widths(font, c.rows());
                    for (List<String> row : c.rows()) w.line(row, widths, 6);
                }
            }
            w.close();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float[] widths(PDType0Font font, List<List<String>> rows) throws IOException {
        int n = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] w = new float[n];
        for (List<String> r : rows) {
            for (int k = 0; k < r.size(); k++) {
                w[k] = Math.max(w[k], font.getStringWidth(printable(font, r.get(k).strip())) / 1000 * 6);
            }
        }
        return w;
    }

    /** Replaces characters the GB2312 font subset has no glyph for. */
    static String printable(PDType0Font font, String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp == '\t' ? ' ' : cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    /** Writes lines top to bottom on landscape A4 pages. */
    private static final class Writer {
        final PDDocument doc;
        final PDType0Font font;
        PDPageContentStream cs;
        float y;

        Writer(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void line(List<String> cells, float[] widths, float size) throws IOException {
            if (cs == null || y < 40) {
                close();
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                y = page.getMediaBox().getHeight() - 40;
            }
            float x = 20;
            for (int k = 0; k < cells.size(); k++) {
                String s = printable(font, cells.get(k).strip());
                if (!s.isEmpty()) {
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(x, y);
                    cs.showText(s);
                    cs.endText();
                }
                if (widths != null) x += widths[k] + 2.5f * size;
            }
            y -= size * 1.8f;
        }

        void close() throws IOException {
            if (cs != null) cs.close();
            cs = null;
        }
    }
}
