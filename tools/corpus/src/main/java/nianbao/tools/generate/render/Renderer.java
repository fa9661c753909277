package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes a {@link Doc} as the bytes of one file format. One implementation per format, registered in
 * {@link Renderers}. Layout choices a format allows (text layouts, encodings) are drawn from {@code rnd}.
 */
public interface Renderer {
    /** The format id, as the parser reports it: txt, html, docx, xlsx, pdf. */
    String format();

    /** The file extension (without the dot). */
    default String extension() {
        return format();
    }

    byte[] render(Doc doc, SplittableRandom rnd) throws IOException;
}
