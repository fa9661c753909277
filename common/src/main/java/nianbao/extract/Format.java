package nianbao.extract;

import java.util.Locale;

/** The document formats nianbao reads. The JSON name is the lower-case enum name (txt, html, docx, …). */
public enum Format {
    TXT, HTML, DOCX, DOC, XLSX, XLS, PDF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
