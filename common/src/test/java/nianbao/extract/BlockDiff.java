package nianbao.extract;

import java.util.List;

/**
 * A readable side-by-side of two block lists (jsoup's reading and the fast path's) around their first difference,
 * with the input, for the failure message of {@link HtmlStreamEquivalenceTest}. Invisible characters are shown
 * escaped (\n, \t, \u00A0, \u3000, …) because most differences between the two readings are in whitespace.
 */
final class BlockDiff {
    /** Blocks shown before the first difference, and at most after it. */
    private static final int BEFORE = 3;
    private static final int AFTER = 8;
    private static final int MAX_INPUT = 4000;

    private BlockDiff() {
    }

    static String describe(String name, String html, List<Page.Block> jsoup, List<Page.Block> stream) {
        int first = 0;
        while (first < jsoup.size() && first < stream.size() && jsoup.get(first).equals(stream.get(first))) first++;
        StringBuilder sb = new StringBuilder();
        sb.append("HtmlStream.blocks differs from jsoup+HtmlWalker on ").append(name).append('\n');
        sb.append("jsoup: ").append(jsoup.size()).append(" blocks, HtmlStream: ").append(stream.size())
                .append(" blocks; first difference at block #").append(first).append('\n');
        sb.append("  (L = line block, R = table row, cells separated by ' | '; '!' marks differing blocks)\n");
        int from = Math.max(0, first - BEFORE);
        int to = Math.min(Math.max(jsoup.size(), stream.size()), first + AFTER);
        if (from > 0) sb.append("  … ").append(from).append(" equal blocks before\n");
        for (int i = from; i < to; i++) {
            Page.Block a = i < jsoup.size() ? jsoup.get(i) : null;
            Page.Block b = i < stream.size() ? stream.get(i) : null;
            boolean same = a != null && a.equals(b);
            sb.append(same ? "   " : " ! ").append(String.format("#%-4d", i));
            if (same) {
                sb.append("both       ").append(show(a)).append('\n');
            } else {
                sb.append("jsoup      ").append(show(a)).append('\n');
                sb.append("        HtmlStream ").append(show(b)).append('\n');
            }
        }
        if (to < Math.max(jsoup.size(), stream.size())) sb.append("  … more blocks after\n");
        sb.append("--- input (").append(html.length()).append(" chars) ---\n");
        sb.append(html.length() <= MAX_INPUT ? html : html.substring(0, MAX_INPUT) + "\n… (cut; the whole input is in "
                + "the file named above)");
        if (!html.endsWith("\n")) sb.append('\n');
        return sb.append("--- end of input ---").toString();
    }

    static String show(Page.Block b) {
        if (b == null) return "(none)";
        StringBuilder sb = new StringBuilder(b.table() ? "R " : "L ");
        List<String> cells = b.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(" | ");
            sb.append('"').append(escape(cells.get(i))).append('"');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0xA0 || c == '\u3000' || c >= '\u2000' && c <= '\u200F'
                            || c == '\uFEFF' || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
