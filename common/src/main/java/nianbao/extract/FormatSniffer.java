package nianbao.extract;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Format detection behind {@link Extractors#detect}: magic bytes first, then the container's entries (ZIP: {@code
 * word/} vs {@code xl/}; OLE2: {@code WordDocument} vs {@code Workbook}/{@code Book}), then markup sniffing on the
 * decoded text for HTML vs TXT. The file name's extension only breaks ties when a container cannot be read.
 */
final class FormatSniffer {
    private static final Pattern STRONG_MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|html|body|table|head)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEAK_MARKUP = Pattern.compile(
            "<(?:meta|div|p|br|tr|td|span|script|title|style|a|img|font|center|h[1-6])\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);

    private FormatSniffer() {
    }

    static Format detect(byte[] b, String name) {
        String ext = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (isPdf(b)) return Format.PDF;
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) return zip(b, ext);
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) return ole2(b, ext);
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            throw new Extractors.UnsupportedFormatException("RTF is not supported (saved as .doc by some editors)");
        }
        return looksLikeHtml(b) ? Format.HTML : Format.TXT;
    }

    /** PDF allows junk before the header; look in the first KB. */
    private static boolean isPdf(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static Format zip(byte[] b, String ext) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null && names.size() < 500) {
                String n = e.getName();
                if (n.startsWith("word/")) return Format.DOCX;
                if (n.startsWith("xl/")) return Format.XLSX;
                names.add(n);
            }
        } catch (IOException | IllegalArgumentException e) {
            // truncated or odd archive: the extractor will report the damage; choose by what we can see
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) return Format.DOCX;
            if (head.contains("xl/")) return Format.XLSX;
            if (ext.endsWith(".xlsx")) return Format.XLSX;
            if (ext.endsWith(".docx")) return Format.DOCX;
        }
        throw new Extractors.UnsupportedFormatException("ZIP archive that is neither docx nor xlsx (entries: "
                + String.join(", ", names.subList(0, Math.min(names.size(), 8))) + ")");
    }

    private static Format ole2(byte[] b, String ext) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) return Format.DOC;
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) return Format.XLS;
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new Extractors.UnsupportedFormatException(
                        "encrypted Office document (password required): cannot read it");
            }
            throw new Extractors.UnsupportedFormatException("OLE2 file that is neither doc nor xls (entries: "
                    + String.join(", ", root.getEntryNames()) + ")");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Extractors.UnsupportedFormatException u) throw u;
            // damaged container: let the extension decide, the extractor will then say what is wrong
            return ext.endsWith(".xls") ? Format.XLS : Format.DOC;
        }
    }

    private static boolean looksLikeHtml(byte[] b) {
        // Markup is ASCII in every byte-oriented encoding these reports use (UTF-8, GB18030, Big5), so the head is
        // read byte for byte; only UTF-16 needs decoding. Running charset detection here would cost more than parsing.
        int len = Math.min(b.length, 8192);
        Charset bom = TextDecoder.bomCharset(b);
        String head = bom == StandardCharsets.UTF_16LE || bom == StandardCharsets.UTF_16BE
                ? new String(b, 0, len, bom) : new String(b, 0, len, StandardCharsets.ISO_8859_1);
        return matchesAtTags(STRONG_MARKUP, head, 1) >= 1 || matchesAtTags(WEAK_MARKUP, head, 3) >= 3;
    }

    /**
     * How many non-overlapping matches of {@code p} the text holds (counting stops at {@code max}), as successive
     * {@code find()}s would count them. Both patterns start with '<', so only those positions are tried: a plain
     * find() steps through every character and cost as much as the rest of a TXT parse's extraction.
     */
    private static int matchesAtTags(Pattern p, String s, int max) {
        Matcher m = p.matcher(s);
        int n = 0;
        int i = s.indexOf('<');
        while (i >= 0 && n < max) {
            m.region(i, s.length());
            if (m.lookingAt()) {
                n++;
                i = s.indexOf('<', m.end());
            } else {
                i = s.indexOf('<', i + 1);
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
