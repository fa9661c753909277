package nianbao.extract;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        String head = TextDecoder.decode(b.length > 16 * 1024 ? java.util.Arrays.copyOf(b, 16 * 1024) : b);
        if (head.length() > 8192) head = head.substring(0, 8192);
        if (STRONG_MARKUP.matcher(head).find()) return true;
        int weak = 0;
        var m = WEAK_MARKUP.matcher(head);
        while (m.find()) {
            if (++weak >= 3) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }
}
