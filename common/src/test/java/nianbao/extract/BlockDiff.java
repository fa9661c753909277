package nianbao.extract;

import java.util.List;

/**
 * Blocks as text, one line each ({@link #show}), and a readable side-by-side of an expected and an actual reading
 * around their first difference ({@link #describe}), for the failure messages of {@link HtmlVarietyGoldenTest}.
 * Invisible characters are shown escaped (\n, \t, \u00A0, \u3000, …) because most differences between two readings
 * are in whitespace.
 */
final class BlockDiff {
    /** Blocks shown before the first difference, and at most after it. */
    private static final int BEFORE = 3;
    private static final int AFTER = 8;

    private BlockDiff() {
    }

    /** The blocks, one {@link #show} line each. */
    static List<String> lines(List<Page.Block> blocks) {
        return blocks.stream().map(BlockDiff::show).toList();
    }

    static String describe(String name, List<String> expected, List<String> actual) {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) first++;
        StringBuilder sb = new StringBuilder();
        sb.append("the blocks of ").append(name).append(" differ from the expected ones\n");
        sb.append("expected: ").append(expected.size()).append(" blocks, actual: ").append(actual.size())
                .append(" blocks; first difference at block #").append(first).append('\n');
        sb.append("  (L = line block, R = table row, cells separated by ' | '; '!' marks differing blocks)\n");
        int from = Math.max(0, first - BEFORE);
        int to = Math.min(Math.max(expected.size(), actual.size()), first + AFTER);
        if (from > 0) sb.append("  … ").append(from).append(" equal blocks before\n");
        for (int i = from; i < to; i++) {
            String a = i < expected.size() ? expected.get(i) : "(none)";
            String b = i < actual.size() ? actual.get(i) : "(none)";
            boolean same = a.equals(b);
            sb.append(same ? "   " : " ! ").append(String.format("#%-4d", i));
            if (same) {
                sb.append("both     ").append(a).append('\n');
            } else {
                sb.append("expected ").append(a).append('\n');
                sb.append("        actual   ").append(b).append('\n');
            }
        }
        if (to < Math.max(expected.size(), actual.size())) sb.append("  … more blocks after\n");
        return sb.toString();
    }

    static String show(Page.Block b) {
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
