package nianbao.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts shipped with nianbao. {@link #cjkFont()} is a TrueType subset of WenQuanYi Micro Hei (ASCII + GB2312 +
 * CJK/full-width punctuation, Apache-2.0; see {@code nianbao/fonts/README.md}) for writing Chinese text into PDFs:
 * {@code PDType0Font.load(doc, new ByteArrayInputStream(Fonts.cjkFont()), true)}. Characters outside GB2312 have no
 * glyph in it.
 */
public final class Fonts {
    /** Class-path location of the CJK font. */
    public static final String CJK_FONT_RESOURCE = "/nianbao/fonts/wqy-microhei-gb2312.ttf";

    private Fonts() {
    }

    /** The CJK font's bytes (a fresh copy per call; callers may keep it). */
    public static byte[] cjkFont() {
        try (InputStream in = Fonts.class.getResourceAsStream(CJK_FONT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + CJK_FONT_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CJK_FONT_RESOURCE, e);
        }
    }
}
