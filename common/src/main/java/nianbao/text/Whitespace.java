package nianbao.text;

/**
 * Whitespace as report text has it (ASCII, NO-BREAK, ideographic and zero-width spaces, BOMs), and removing it:
 * titles and headers get letter-spaced (「自 然 人」), so labels, titles and form tokens are compared without it.
 * Hot: runs over every character of every document, hence the array copy instead of a StringBuilder.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** Whitespace test with a fast path: ASCII by value, CJK ideographs never (the bulk of report text). */
    public static boolean isSpace(char c) {
        if (c < 128) return c <= ' ';
        if (c >= 0x4E00 && c <= 0x9FFF) return false;
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    /** {@code s} without whitespace. */
    public static String remove(CharSequence s) {
        return remove(s, 0, s.length());
    }

    /** The characters of {@code s} between {@code from} and {@code to} without whitespace. */
    public static String remove(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && !isSpace(s.charAt(i))) i++;
        if (i == to) return s.subSequence(from, to).toString();
        char[] out = new char[to - from];
        int k = 0;
        for (int j = from; j < i; j++) out[k++] = s.charAt(j);
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) out[k++] = c;
        }
        return new String(out, 0, k);
    }
}
