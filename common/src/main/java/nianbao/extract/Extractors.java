package nianbao.extract;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of extractors (one line per format) and format detection: magic bytes, then container entries (ZIP:
 * docx vs xlsx; OLE2: doc vs xls), then markup sniffing for HTML vs TXT; the file name's extension only breaks ties
 * when a damaged container cannot be read.
 */
public final class Extractors {
    private static final Map<Format, Extractor> BY_FORMAT = new EnumMap<>(Format.class);

    static {
        for (Extractor e : List.<Extractor>of(
                new TxtExtractor(),
                new HtmlExtractor(),
                new DocxExtractor(),
                new DocExtractor(),
                new XlsxExtractor(),
                new WorkbookExtractor(),
                new PdfExtractor())) {
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

    /**
     * Detects the format from the bytes (see {@link FormatSniffer}); {@code name} (may be null) only breaks ties.
     *
     * @throws UnsupportedFormatException for a ZIP that is neither docx nor xlsx, an OLE2 file that is neither doc
     *                                    nor xls, an encrypted Office file, RTF
     */
    public static Format detect(byte[] b, String name) {
        return FormatSniffer.detect(b, name);
    }

    /** A format nianbao has no extractor for. */
    public static final class UnsupportedFormatException extends RuntimeException {
        public UnsupportedFormatException(String message) {
            super(message);
        }
    }
}
