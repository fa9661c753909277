package nianbao.jobs.hostile;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the hostile corpus of issue 18 into a folder: files that must each end as a failure with a one-line reason
 * (never a report, never the run's end), a few that may legitimately be read (a GBK copy of a real report, a report
 * with 10,000 repeated tables), and a symlink loop. Everything is generated (seeded), nothing is committed as a binary.
 * The 200 MB text file is sparse (no 200 MB written); delete the folder after use.
 */
public final class HostileCorpus {
    /** What must become of a file. */
    public enum Expect {
        /** a failures row (listing, read or parse) with a one-line reason */
        FAIL,
        /** a report without error, with the same tables as the seed it copies */
        REPORT,
        /** either (the file is hostile, but a report may be read from it within the limits) */
        EITHER
    }

    /** One generated entry: its path relative to the folder, and what must become of it. */
    public record Entry(String name, Expect expect, String what) {
    }

    private final Path dir;
    private final String seedText;
    private final Random random = new Random(18);
    private final List<Entry> entries = new ArrayList<>();

    private HostileCorpus(Path dir, String seedText) {
        this.dir = dir;
        this.seedText = seedText;
    }

    /** Writes the corpus into {@code dir}, using {@code seed} (a real report, plain text) where a report is needed. */
    public static List<Entry> write(Path dir, Path seed) throws IOException {
        Files.createDirectories(dir);
        HostileCorpus c = new HostileCorpus(dir, Files.readString(seed, StandardCharsets.UTF_8));
        c.all();
        return List.copyOf(c.entries);
    }

    private void all() throws IOException {
        // empty and blank
        for (String ext : List.of("txt", "pdf", "docx", "html")) put("empty." + ext, new byte[0], Expect.FAIL, "empty");
        put("spaces.txt", " \n\t \r\n  ".repeat(1000).getBytes(StandardCharsets.US_ASCII), Expect.FAIL, "whitespace only");
        put("ideographic-spaces.txt", "\u3000\n".repeat(5000).getBytes(StandardCharsets.UTF_8), Expect.FAIL,
                "ideographic spaces only");
        // binary noise under every extension, several sizes
        int i = 0;
        for (String ext : List.of("txt", "pdf", "docx", "xlsx", "doc", "xls", "html")) {
            for (int size : new int[]{100, 50_000, 2_000_000}) put("noise-" + (i++) + "." + ext, noise(size), Expect.FAIL, "random bytes");
        }
        byte[] ole2Noise = noise(20_000);
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2Noise, 0, 8);
        put("ole2-noise.doc", ole2Noise, Expect.FAIL, "OLE2 header, noise after");
        put("ole2-noise.xls", ole2Noise.clone(), Expect.FAIL, "OLE2 header, noise after");
        byte[] zipNoise = noise(20_000);
        System.arraycopy(new byte[]{0x50, 0x4B, 0x03, 0x04}, 0, zipNoise, 0, 4);
        put("zip-noise.docx", zipNoise, Expect.FAIL, "ZIP header, noise after");
        // truncated containers
        byte[] docx = docx(seedText);
        byte[] xlsx = xlsx(seedText);
        byte[] pdf = pdf(List.of("Annual report", "nothing else"), 3, null);
        put("truncated.docx", Arrays.copyOf(docx, docx.length / 2), Expect.FAIL, "truncated DOCX");
        put("truncated.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2), Expect.FAIL, "truncated XLSX");
        put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2), Expect.FAIL, "truncated PDF");
        put("english.docx", docx("Lorem ipsum dolor sit amet.\n".repeat(200)), Expect.FAIL, "a DOCX with no report");
        put("english.pdf", pdf, Expect.FAIL, "a PDF with no report");
        // archives that expand beyond their limits
        put("bomb.docx", docxBomb(300L << 20), Expect.FAIL, "DOCX zip bomb (300 MB of spaces)");
        put("shared-strings.xlsx", xlsxParts(sharedStrings(1_500_000), sheet(List.of("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))),
                Expect.FAIL, "XLSX with 1.5 million shared strings");
        put("sparse-grid.xlsx", xlsxParts(null, sparseSheet(60_000)), Expect.FAIL, "XLSX cells in columns A and XFD on 60k rows");
        put("merges.xlsx", xlsxParts(null, mergeSheet(20_000)), Expect.FAIL, "XLSX with 20,000 huge merged regions");
        // encrypted
        put("encrypted.pdf", pdf(List.of("secret"), 1, "owner-pw"), Expect.FAIL, "PDF with a user password");
        put("password.docx", encrypt(docx), Expect.FAIL, "password-protected DOCX");
        put("password.xlsx", encrypt(xlsx), Expect.FAIL, "password-protected XLSX");
        // PDFs that cost
        put("pages.pdf", pdf(List.of("page"), 3_000, null), Expect.FAIL, "PDF with 3,000 pages");
        put("circular.pdf", circularPdf(), Expect.FAIL, "PDF whose page tree refers to itself");
        // HTML
        put("deep.html", ("<html><body>" + "<div>".repeat(200_000) + "公开" + "</div>".repeat(200_000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8), Expect.FAIL, "200,000 nested divs");
        put("script.html", scriptPage(8 << 20), Expect.FAIL, "8 MB of script, no report");
        put("tables.html", repeatedTables(10_000), Expect.EITHER, "a report with 10,000 repeated tables");
        // text that is not text, or not in a known encoding
        put("invalid-utf8.txt", invalidUtf8(200_000), Expect.FAIL, "invalid UTF-8");
        put("gbk-noise.txt", gbkNoise(200_000), Expect.FAIL, "high bytes that decode as GBK");
        put("control.txt", withControls(seedText), Expect.FAIL, "a report laced with control characters");
        put("nul.txt", new byte[1 << 20], Expect.FAIL, "1 MB of NUL bytes");
        put("gbk-report.txt", seedText.getBytes(Charset.forName("GBK")), Expect.REPORT, "a real report in GBK, undeclared");
        // extensions that lie
        // (each with its own bytes: the same content under a second name would be the seed's report, as it should)
        for (String ext : List.of("pdf", "docx", "xlsx")) {
            put("lying." + ext, (seedText + "\n" + ext).getBytes(StandardCharsets.UTF_8), Expect.FAIL,
                    "plain text named ." + ext);
        }
        byte[] utf8 = (seedText + "\nunreadable").getBytes(StandardCharsets.UTF_8);
        // too large to read: sparse, so nothing is really written
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20);
        }
        entries.add(new Entry("huge.txt", Expect.FAIL, "200 MB text file (sparse)"));
        // listing: an unreadable file (root reads it anyway) and a symlink loop
        Path locked = put("unreadable.txt", utf8, Expect.EITHER, "a file without read permission");
        locked.toFile().setReadable(false, false);
        Path loopDir = dir.resolve("loop");
        Files.createDirectories(loopDir);
        Files.createSymbolicLink(loopDir.resolve("again"), loopDir);
        entries.add(new Entry("loop/again", Expect.FAIL, "a symlink loop"));
    }

    /** True when a file without read permission can still be read here (tests run as root in some containers). */
    public static boolean unreadableIsReadable(Path dir) {
        return Files.isReadable(dir.resolve("unreadable.txt"));
    }

    private Path put(String name, byte[] bytes, Expect expect, String what) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        entries.add(new Entry(name, expect, what));
        return p;
    }

    private byte[] noise(int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }

    private byte[] invalidUtf8(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) b[i] = (byte) (i % 3 == 0 ? 0xC3 : i % 3 == 1 ? 0x28 : 0xFF);
        return b;
    }

    /** Pairs of high bytes: valid GBK, Han characters by the thousand, but no report. */
    private byte[] gbkNoise(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i + 1 < size; i += 2) {
            b[i] = (byte) (0xB0 + random.nextInt(0xF7 - 0xB0));
            b[i + 1] = (byte) (0xA1 + random.nextInt(0xFE - 0xA1));
        }
        return b;
    }

    private byte[] withControls(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            sb.append(text.charAt(i));
            if (i % 3 == 0) sb.append((char) (1 + random.nextInt(7)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] scriptPage(int size) {
        StringBuilder sb = new StringBuilder("<html><head><title>x</title><script>");
        while (sb.length() < size) sb.append("var a").append(sb.length()).append("=function(){return '").append("x".repeat(40)).append("';};\n");
        return sb.append("</script></head><body></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] repeatedTables(int n) {
        StringBuilder sb = new StringBuilder("<html><body><pre>").append(seedText).append("</pre>");
        String table = "<table><tr><td>项目</td><td>本年新收</td><td>本年办结</td></tr><tr><td>申请</td><td>1</td><td>2</td></tr></table>";
        for (int i = 0; i < n; i++) sb.append(table);
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) d.createParagraph().createRun().setText(line);
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("s");
            String[] lines = text.split("\n");
            for (int r = 0; r < lines.length; r++) sheet.createRow(r).createCell(0).setCellValue(lines[r]);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] pdf(List<String> lines, int pages, String password) throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                d.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(50, 700);
                    for (String l : lines) {
                        cs.showText(l);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(password, "user-pw", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                d.protect(policy);
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] circularPdf() {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length 8 >> stream\n/X Do\nendstream endobj\n"
                + "5 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >> /Length 5 >> stream\n/X Do\nendstream endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] encrypt(byte[] ooxml) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ooxml);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static final String CT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

    private static byte[] docxBomb(long spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            entry(z, "[Content_Types].xml", CT.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            for (long w = 0; w < spaces; w += chunk.length) z.write(chunk);
            z.write("公开</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static String sharedStrings(int n) {
        StringBuilder sb = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < n; i++) sb.append("<si><t>s").append(i).append("</t></si>");
        return sb.append("</sst>").toString();
    }

    private static String sheet(List<String> rows) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + String.join("", rows) + "</sheetData></worksheet>";
    }

    private static String sparseSheet(int rows) {
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            sb.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>公开</t></is></c>")
                    .append("<c r=\"XFD").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        return sheet(List.of(sb.toString()));
    }

    private static String mergeSheet(int merges) {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 50; r++) rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        StringBuilder m = new StringBuilder("<mergeCells count=\"" + merges + "\">");
        for (int i = 0; i < merges; i++) m.append("<mergeCell ref=\"A").append(1 + i % 50).append(":ALL").append(10_000 + i).append("\"/>");
        m.append("</mergeCells>");
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData>" + m + "</worksheet>";
    }

    private static byte[] xlsxParts(String sst, String sheet1) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            entry(z, "[Content_Types].xml", CT.getBytes(StandardCharsets.UTF_8));
            entry(z, "xl/workbook.xml", ("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            entry(z, "xl/_rels/workbook.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"x\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            if (sst != null) entry(z, "xl/sharedStrings.xml", sst.getBytes(StandardCharsets.UTF_8));
            entry(z, "xl/worksheets/sheet1.xml", sheet1.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream z, String name, byte[] b) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(b);
        z.closeEntry();
    }
}
