package nianbao.form;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nianbao.text.Whitespace;

/**
 * One way a row label may be written, matched against a cell's label key (whitespace and leading row numbering such
 * as 一、 (一) 1. removed; see {@link #key}). Written in the form files as {@code "^X"} (the key starts with X),
 * {@code "=X"} (the key is X) or {@code "X"} (the key contains X).
 */
public record Label(Mode mode, String text) {
    public enum Mode { PREFIX, EXACT, CONTAINS }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Label parse(String spec) {
        if (spec.startsWith("^")) return new Label(Mode.PREFIX, spec.substring(1));
        if (spec.startsWith("=")) return new Label(Mode.EXACT, spec.substring(1));
        return new Label(Mode.CONTAINS, spec);
    }

    @JsonValue
    public String spec() {
        return switch (mode) {
            case PREFIX -> "^" + text;
            case EXACT -> "=" + text;
            case CONTAINS -> text;
        };
    }

    public boolean matches(String key) {
        return switch (mode) {
            case PREFIX -> key.startsWith(text);
            case EXACT -> key.equals(text);
            case CONTAINS -> key.contains(text);
        };
    }

    /** The label key of a cell: whitespace removed, then leading numbering (一、 (一) 1. 其中:) removed. */
    public static String key(String cell) {
        String sb = Whitespace.remove(cell);
        int start = 0;
        // strip up to three numbering prefixes, e.g. "三、(一)" or "(三)1."
        for (int round = 0; round < 3; round++) {
            int next = skipNumbering(sb, start);
            if (next == start) break;
            start = next;
        }
        return sb.substring(start);
    }

    /**
     * The key without the notes in parentheses that some forms print inside a label (湖北's 「规章（设区的市、自治州人民
     * 政府应提供相关数据）」, an edited 「本年（2021）新收」); {@code key} itself when it has none. Only closed groups go,
     * so a label cut inside its note keeps what it has.
     */
    public static String withoutNotes(String key) {
        int open = key.indexOf('(');
        if (open < 0) return key;
        StringBuilder sb = new StringBuilder(key.length());
        int i = 0;
        while (open >= 0) {
            int close = key.indexOf(')', open + 1);
            if (close < 0) break;
            sb.append(key, i, open);
            i = close + 1;
            open = key.indexOf('(', i);
        }
        return sb.append(key, i, key.length()).toString();
    }

    private static int skipNumbering(CharSequence s, int i) {
        int n = s.length();
        if (i >= n) return i;
        if (startsWith(s, i, "其中:")) return i + 3;
        if (startsWith(s, i, "其中")) return i + 2;
        char c = s.charAt(i);
        if (c == '(' || c == '（' || c == '〔' || c == '[') {
            int j = i + 1;
            while (j < n && j - i <= 3 && isNumeral(s.charAt(j))) j++;
            if (j > i + 1 && j < n && (s.charAt(j) == ')' || s.charAt(j) == '）' || s.charAt(j) == '〕' || s.charAt(j) == ']')) {
                return j + 1;
            }
            return i;
        }
        int j = i;
        while (j < n && j - i < 3 && isNumeral(s.charAt(j))) j++;
        if (j > i && j < n) {
            char d = s.charAt(j);
            if (d == '、' || d == '.' || d == '．' || d == ')' || d == '）' || d == ',' || d == '，') return j + 1;
        }
        return i;
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean startsWith(CharSequence s, int i, String p) {
        if (s.length() - i < p.length()) return false;
        for (int k = 0; k < p.length(); k++) if (s.charAt(i + k) != p.charAt(k)) return false;
        return true;
    }
}
