package nianbao.meta;

import nianbao.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/** The non-empty lines at the start and end of a text, whitespace removed, where titles and signatures live. */
final class Lines {
    private Lines() {
    }

    /** Up to {@code max} non-empty lines from the start, each without any whitespace (titles get letter-spaced). */
    static List<String> head(String text, int max) {
        List<String> out = new ArrayList<>(max);
        int pos = 0;
        while (pos < text.length() && out.size() < max) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String l = squeeze(text, pos, end);
            if (!l.isEmpty()) out.add(l);
            pos = end + 1;
        }
        return out;
    }

    /** Up to {@code max} non-empty lines from the end, in text order. */
    static List<String> tail(String text, int max) {
        List<String> out = new ArrayList<>(max);
        int end = text.length();
        while (end > 0 && out.size() < max) {
            int nl = text.lastIndexOf('\n', end - 1);
            String l = squeeze(text, nl + 1, end);
            if (!l.isEmpty()) out.add(0, l);
            end = nl < 0 ? 0 : nl;
        }
        return out;
    }

    /** The text between from and to without whitespace, NO-BREAK, ideographic and zero-width spaces. */
    static String squeeze(CharSequence s, int from, int to) {
        return Whitespace.remove(s, from, to);
    }
}
