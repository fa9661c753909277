package nianbao.extract;

/**
 * Finds HTML hidden in JavaScript string literals, as in pages whose visible body is empty and whose script does
 * {@code document.write("<table>…<\/table>")} or <code>var html = '&lt;p&gt;&#92;u4e00…'</code>: the literals of a script are
 * unescaped (<code>\" \' \/ \\ \n \t \r \xXX &#92;uXXXX &#92;u{X…}</code>) and the ones that carry markup or text are joined in
 * order. Comments are skipped; regular-expression literals are not recognised (harmless here: they rarely contain
 * quotes, and a stray literal without markup is dropped).
 */
final class JsStrings {
    private JsStrings() {
    }

    /** True when the script looks like it carries (escaped or plain) table markup inside a string. */
    static boolean carriesTableMarkup(String s) {
        return (has(s, "<table") || has(s, "\\u003ctable") || has(s, "\\x3ctable"))
                && (has(s, "<\\/t") || has(s, "</t") || has(s, "\\u003c/t") || has(s, "\\x3c/t")
                || has(s, "\\u003c\\/t") || has(s, "<td") || has(s, "\\u003ctd"));
    }

    /**
     * Whether {@code s} contains the ASCII {@code needle} ignoring case, without lower-casing a copy of {@code s}
     * (scripts run to hundreds of KB, and every script of every page is checked). The needle starts with '<' or '\'.
     */
    private static boolean has(String s, String needle) {
        for (int i = s.indexOf(needle.charAt(0)); i >= 0; i = s.indexOf(needle.charAt(0), i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return true;
        }
        return false;
    }

    /** The concatenation of the script's string literals that contain markup ('<') or non-ASCII text. */
    static String markup(String script) {
        StringBuilder out = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '/') {
                int e = script.indexOf('\n', i);
                i = e < 0 ? n : e + 1;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int e = script.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder lit = new StringBuilder();
                i = literal(script, i, lit);
                if (worthKeeping(lit)) out.append(lit);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean worthKeeping(CharSequence lit) {
        for (int k = 0; k < lit.length(); k++) {
            char ch = lit.charAt(k);
            if (ch == '<' || ch > 0x2E7F) return true;
        }
        return false;
    }

    /** Reads the literal starting at the quote at {@code start} into {@code out}; returns the index after it. */
    private static int literal(String s, int start, StringBuilder out) {
        char quote = s.charAt(start);
        int n = s.length();
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == quote) return i + 1;
            if (c == '\n' && quote != '`') return i + 1; // unterminated: stop at the line end
            if (c != '\\' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f', 'v' -> out.append(' ');
                case '0' -> out.append(' ');
                case '\n' -> { } // line continuation
                case '\r' -> {
                    if (i < n && s.charAt(i) == '\n') i++;
                }
                case 'x' -> i = hex(s, i, 2, out, "\\x");
                case 'u' -> {
                    if (i < n && s.charAt(i) == '{') {
                        int close = s.indexOf('}', i);
                        if (close > i && close - i <= 7) {
                            try {
                                out.appendCodePoint(Integer.parseInt(s.substring(i + 1, close), 16));
                                i = close + 1;
                            } catch (IllegalArgumentException bad) {
                                out.append("\\u");
                            }
                        } else {
                            out.append("\\u");
                        }
                    } else {
                        i = hex(s, i, 4, out, "\\u");
                    }
                }
                default -> out.append(e); // \" \' \/ \\ and any other escaped character
            }
        }
        return n;
    }

    private static int hex(String s, int i, int len, StringBuilder out, String raw) {
        if (i + len <= s.length()) {
            try {
                out.append((char) Integer.parseInt(s.substring(i, i + len), 16));
                return i + len;
            } catch (NumberFormatException ignored) {
                // fall through: keep the text as written
            }
        }
        out.append(raw);
        return i;
    }
}
