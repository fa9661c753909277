package nianbao.extract;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of extractors (one line per format) and format detection from the content's magic bytes, with the
 * file name's extension only as a tie-breaker between formats that share a container (OLE2: doc vs xls; ZIP: docx vs
 * xlsx are told apart by their entries).
 */
public final class Extractors {
    private static final Map<Format, Extractor> BY_FORMAT = new EnumMap<>(Format.class);

    static {
        for (Extractor e : List.<Extractor>of(new TxtExtractor())) {
            BY_FORMAT.put(e.format(), e);
        }
    }

    private Extractors() {
    }

    public static Extractor forFormat(Format f) {
        Extractor e = BY_FORMAT.get(f);
        if (e == null) throw new UnsupportedFormatException("no extractor for format " + f.id());
        return e;
    }

    public static Page extract(Format f, byte[] bytes) throws IOException {
        return forFormat(f).extract(bytes);
    }

    /** Detects the format from the bytes; {@code name} (may be null) only breaks ties. */
    public static Format detect(byte[] b, String name) {
        String ext = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (startsWith(b, '%', 'P', 'D', 'F')) return Format.PDF;
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            String head = new String(b, 0, Math.min(b.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) return Format.DOCX;
            if (head.contains("xl/")) return Format.XLSX;
            return ext.endsWith(".xlsx") ? Format.XLSX : Format.DOCX;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ext.endsWith(".xls") ? Format.XLS : Format.DOC;
        }
        String head = new String(b, 0, Math.min(b.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        if (head.contains("<html") || head.contains("<!doctype html") || head.contains("<table")
                || head.contains("<body") || head.contains("<meta")) {
            return Format.HTML;
        }
        return Format.TXT;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    /** A format nianbao has no extractor for. */
    public static final class UnsupportedFormatException extends RuntimeException {
        public UnsupportedFormatException(String message) {
            super(message);
        }
    }
}
