package nianbao.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough single-thread timing of each extractor on full-length (~10 KB of text) reports built from seed 000's text
 * plus a 28-row section-三 table. Not a test and not the official benchmark ({@code bin/nianbao bench parse}); run by
 * hand from the module directory: {@code java -cp … nianbao.extract.ExtractorTiming}.
 */
public final class ExtractorTiming {
    private ExtractorTiming() {
    }

    public static void main(String[] args) throws Exception {
        List<String> text = Files.readAllLines(Path.of("../samples/000_1a03130d040d2924.txt")).stream()
                .filter(s -> !s.isBlank()).map(s -> s.replace('\t', ' ')).toList();
        List<List<String>> table = new ArrayList<>();
        for (int r = 0; r < 28; r++) {
            List<String> row = new ArrayList<>(List.of("（" + r + "）办理结果第" + r + "项", ""));
            for (int c = 0; c < 8; c++) row.add((r + c) % 3 == 0 ? "" : String.valueOf(r * c));
            table.add(row);
        }
        byte[] txt = Files.readAllBytes(Path.of("../samples/000_1a03130d040d2924.txt"));
        time("txt", new TxtExtractor(), txt);
        time("html", new HtmlExtractor(), html(text, table));
        time("docx", new DocxExtractor(), docx(text, table));
        time("doc (small fixture)", new DocExtractor(), Files.readAllBytes(Path.of("src/test/resources/fixtures/form2019-section3.doc")));
        time("xlsx", new XlsxExtractor(), xlsx(text, table));
        time("pdf", new PdfExtractor(), pdf(text, table));
    }

    private static void time(String name, Extractor e, byte[] b) throws Exception {
        String only = System.getProperty("only");
        if (only != null && !name.startsWith(only)) return;
        int blocks = e.extract(b).blocks().size();
        long deadline = System.nanoTime() + 3_000_000_000L; // warm-up
        while (System.nanoTime() < deadline) e.extract(b);
        // CPU time of this thread, so that other processes on a shared machine do not skew the rate
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = 0;
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        while (System.nanoTime() - t0 < 5_000_000_000L) {
            e.extract(b);
            n++;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%-20s %7d bytes %4d blocks %9.0f docs/s wall %9.0f docs/cpu-s%n", name, b.length, blocks,
                n / secs, n / cpu);
    }

    static byte[] html(List<String> text, List<List<String>> table) {
        StringBuilder sb = new StringBuilder("<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>");
        for (String l : text) sb.append("<p>").append(l).append("</p>\n");
        sb.append("<table>");
        for (List<String> r : table) {
            sb.append("<tr>");
            for (String c : r) sb.append("<td>").append(c.isEmpty() ? "&nbsp;" : c).append("</td>");
            sb.append("</tr>\n");
        }
        return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(List<String> text, List<List<String>> table) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String l : text) doc.createParagraph().createRun().setText(l);
            XWPFTable t = doc.createTable(table.size(), table.get(0).size());
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < table.get(r).size(); c++) t.getRow(r).getCell(c).setText(table.get(r).get(c));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(List<String> text, List<List<String>> table) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet();
            int r = 0;
            for (String l : text) s.createRow(r++).createCell(0).setCellValue(l);
            for (List<String> row : table) {
                Row x = s.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c).matches("\\d+")) x.createCell(c).setCellValue(Double.parseDouble(row.get(c)));
                    else if (!row.get(c).isEmpty()) x.createCell(c).setCellValue(row.get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(List<String> text, List<List<String>> table) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(Fonts.cjkFont()), true);
            PDPageContentStream cs = null;
            float y = 0;
            List<String> lines = new ArrayList<>();
            for (String l : text) {
                for (int i = 0; i < l.length(); i += 40) lines.add(l.substring(i, Math.min(l.length(), i + 40)));
            }
            for (String l : lines) {
                if (cs == null || y < 60) {
                    if (cs != null) cs.close();
                    PDPage p = new PDPage();
                    doc.addPage(p);
                    cs = new PDPageContentStream(doc, p);
                    y = 740;
                }
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(50, y);
                cs.showText(l);
                cs.endText();
                y -= 16;
            }
            cs.close();
            PDPage p = new PDPage();
            doc.addPage(p);
            try (PDPageContentStream t = new PDPageContentStream(doc, p)) {
                y = 740;
                for (List<String> row : table) {
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c).isEmpty()) continue;
                        t.beginText();
                        t.setFont(font, 9);
                        t.newLineAtOffset(c == 0 ? 40 : 120 + c * 45, y);
                        t.showText(row.get(c));
                        t.endText();
                    }
                    y -= 20;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
