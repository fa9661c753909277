package nianbao.tools.generate.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every format the generator writes, one line each. DOC is not generated (POI cannot write Word-97 tables). */
public final class Renderers {
    private static final Map<String, Renderer> BY_FORMAT = new LinkedHashMap<>();

    static {
        for (Renderer r : List.<Renderer>of(new TxtRenderer(), new HtmlRenderer(), new DocxRenderer(),
                new XlsxRenderer(), new PdfRenderer())) {
            BY_FORMAT.put(r.format(), r);
        }
    }

    private Renderers() {
    }

    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }

    public static Renderer of(String format) {
        Renderer r = BY_FORMAT.get(format);
        if (r == null) throw new IllegalArgumentException("no generator for format '" + format + "'; known: " + formats());
        return r;
    }
}
