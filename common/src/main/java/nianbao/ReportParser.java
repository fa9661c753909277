package nianbao;

import nianbao.extract.Extractors;
import nianbao.extract.Format;
import nianbao.extract.NoTextLayerException;
import nianbao.extract.Page;
import nianbao.model.Flags;
import nianbao.model.ReportBuilder;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The parser's facade: bytes of one report in, one {@link nianbao.model.Report} out. Never throws for bad input: an
 * exception inside becomes a report with {@code error} set and the {@code parse_error} flag. Thread-safe.
 */
public final class ReportParser {
    /** Written into every report; bump it when parsing changes the output, so `reparse` can tell old rows. */
    public static final String VERSION = "0.1.0";

    private ReportParser() {
    }

    public static Parsed parse(String path, byte[] bytes) {
        return parse(path, bytes, null);
    }

    /**
     * @param path      full path or URI of the document (its base name becomes {@code file})
     * @param bytes     the raw bytes
     * @param sourceUrl where the document was fetched from, when known (feeds place and level evidence); may be null
     */
    public static Parsed parse(String path, byte[] bytes, String sourceUrl) {
        ReportBuilder b = new ReportBuilder()
                .path(path)
                .file(baseName(path))
                .sha256(sha256(bytes))
                .sourceUrl(sourceUrl)
                .parserVersion(VERSION);
        String text = null;
        try {
            Format format = Extractors.detect(bytes, path);
            b.format(format.id());
            Page page = Extractors.extract(format, bytes);
            text = page.text();
            // The reading steps (form detection, tables, checks, metadata) are added by the parser issue.
        } catch (NoTextLayerException e) {
            // a scan: not a parser failure, but nothing to read without OCR
            b.error(e.getMessage()).flag(Flags.NO_TEXT_LAYER);
        } catch (Exception | StackOverflowError e) {
            b.error(e.getClass().getSimpleName() + ": " + e.getMessage()).flag(Flags.PARSE_ERROR);
        }
        return new Parsed(b.build(), text);
    }

    public static String baseName(String path) {
        if (path == null) return null;
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
