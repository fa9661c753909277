package nianbao.tools.generate.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CJK font for generated PDFs, loaded once per JVM: the GB2312 subset of WenQuanYi Micro Hei that the project
 * ships ({@link nianbao.extract.Fonts}), else the system's wqy-microhei (Debian fonts-wqy-microhei).
 * PDFBox embeds a subset of it in each document.
 */
final class PdfFont {
    private static final List<String> RESOURCES = List.of(nianbao.extract.Fonts.CJK_FONT_RESOURCE);
    private static final List<String> SYSTEM = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static TrueTypeFont font;
    private static String source;

    private PdfFont() {
    }

    static synchronized TrueTypeFont get() throws IOException {
        if (font != null) return font;
        for (String r : RESOURCES) {
            try (InputStream in = PdfFont.class.getResourceAsStream(r)) {
                if (in != null) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                    source = "classpath:" + r;
                    return font;
                }
            }
        }
        for (String s : SYSTEM) {
            Path p = Path.of(s);
            if (Files.isRegularFile(p)) {
                TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                ttc.processAllFonts(f -> {
                    if (first[0] == null) first[0] = f;
                });
                font = first[0];
                source = s;
                return font;
            }
        }
        throw new IOException("no CJK font for PDF generation: add nianbao/fonts/ (the project's WenQuanYi subset) to the "
                + "classpath or install fonts-wqy-microhei");
    }

    static synchronized String source() {
        return source;
    }
}
