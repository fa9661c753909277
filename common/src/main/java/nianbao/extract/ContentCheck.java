package nianbao.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Says in one line why a file is not a report before any form is looked for: empty, content that is not what its
 * extension claims (random bytes named .pdf read as text), text that is binary or undecodable (control characters,
 * U+FFFD), text without Chinese in it (a script page, a blank or whitespace-only file), or Chinese without the word
 * 公开 that every information-disclosure report uses (bytes decoded as GBK by guess read as Han characters). A real report — any
 * format, any encoding the decoder knows — has hundreds of Chinese characters and passes.
 */
public final class ContentCheck {
    /** Fewer Han characters than this is not a report (the shortest real report has well over 300). */
    static final int MIN_HAN = 40;
    /** More control / undecodable characters than this share of the text is binary, not text. */
    static final double MAX_BAD_SHARE = 0.01;
    private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "docx", "xlsx", "doc", "xls");
    /** Word and Excel save web pages as .doc / .xls, and sites publish them so: HTML there is not a lie. */
    private static final Set<String> HTML_ALLOWED = Set.of("doc", "xls");

    private ContentCheck() {
    }

    /** Why the bytes cannot be a report of this name, judged from the bytes and detected format; null when fine. */
    public static String beforeExtraction(byte[] bytes, String name, Format detected) {
        if (bytes.length == 0) return "empty file (0 bytes)";
        String ext = extension(name);
        if (BINARY_EXTENSIONS.contains(ext)) {
            boolean lie = detected == Format.TXT || detected == Format.HTML && !HTML_ALLOWED.contains(ext);
            if (lie) {
                return "content is not ." + ext + ": no " + ext.toUpperCase(Locale.ROOT) + " signature, the bytes read as "
                        + detected.id();
            }
        }
        return null;
    }

    /** Why the extracted text cannot be a report; null when fine. */
    public static String afterExtraction(String text) {
        if (text == null) return "no text: the document is empty or whitespace only";
        long han = 0;
        long bad = 0;
        long visible = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) continue;
            visible++;
            // most characters of a report are CJK Unified Ideographs: no script lookup (a binary search) for those
            if (c >= 0x4E00 && c <= 0x9FFF || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (c == 0xFFFD || isBad(Character.getType(c))) {
                bad++;
            }
        }
        if (visible == 0) return "no text: the document is empty or whitespace only";
        if (bad > 8 && bad > MAX_BAD_SHARE * visible) {
            return "not text: " + bad + " control or undecodable characters in " + visible
                    + " (binary data or a wrong encoding)";
        }
        if (han < MIN_HAN) return "no report: only " + han + " Chinese characters in " + visible + " characters of text";
        // Every 政府信息公开 annual report says 公开 (公開 in Traditional script); decoded garbage practically never does.
        if (!text.contains("公开") && !text.contains("公開")) {
            return "no report: " + han + " Chinese characters but no 公开 (undecodable bytes or another kind of text)";
        }
        return null;
    }

    private static boolean isBad(int type) {
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }

    static String extension(String name) {
        if (name == null) return "";
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.lastIndexOf('/');
        int dot = n.lastIndexOf('.');
        return dot > slash ? n.substring(dot + 1) : "";
    }
}
