package nianbao.read;

import nianbao.extract.Page;

import java.util.List;

/**
 * Detects the web-page layout that prints one cell per line and a blank line after every line (what text extraction
 * of many portal pages gives: each table cell becomes a paragraph). There a blank line separates cells, not rows, so
 * it must not break a row; more blank lines than one are a gap that may hold blank cells, and a line of spaces only
 * is a blank cell. In the other one-cell-per-line layouts a blank line ends a row, and only the last cell of a row is
 * followed by one. A blank line after a cell line is empty; a line of spaces is a cell (a blank one).
 */
final class SpacedLines {
    /** A line longer than this is prose or a whole row, not one cell. */
    private static final int MAX_CELL = 32;
    /** Fewer spaced cell lines than this say nothing (a short excerpt, a few headings). */
    private static final int MIN_SPACED = 8;
    /** Spaced cell lines must outnumber cell lines followed directly by another line this many times. */
    private static final int RATIO = 4;

    private SpacedLines() {
    }

    /**
     * The number of blank lines that separate two cells on a page in the blank-line-after-every-cell layout (the
     * commonest length of the blank runs after cell lines, usually 1), or 0 when the page is not in that layout.
     */
    static int separator(Page page) {
        List<Page.Block> blocks = page.blocks();
        int spaced = 0, dense = 0;
        int[] runs = new int[5]; // how often a cell line is followed by 1, 2, 3, 4 blank lines
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Page.Block b = blocks.get(i), next = blocks.get(i + 1);
            if (b.table() || next.table()) continue;
            String s = b.text().strip();
            if (s.isEmpty() || s.length() > MAX_CELL) continue;
            if (!next.text().isEmpty()) {
                if (!next.text().isBlank()) dense++;
                continue;
            }
            spaced++;
            int k = 0;
            while (i + 1 + k < blocks.size() && !blocks.get(i + 1 + k).table() && blocks.get(i + 1 + k).text().isEmpty()) k++;
            if (k < runs.length) runs[k]++;
        }
        if (spaced < MIN_SPACED || spaced < RATIO * dense) return 0;
        int sep = 1;
        for (int k = 2; k < runs.length; k++) if (runs[k] > runs[sep]) sep = k;
        return sep;
    }

    /**
     * The numbers of blank cells a gap of {@code blankLines} empty lines may hold on a page with separator {@code sep},
     * as a bit set (bit m: m blank cells): the lines beyond the separator are one line per blank cell, or a blank line
     * and its separator per cell. Both readings occur; the row's width decides between them.
     */
    static int blankCells(int blankLines, int sep) {
        int extra = blankLines - sep;
        if (extra <= 0) return 0;
        int mask = extra < 31 ? 1 << extra : 0;
        if (extra % (sep + 1) == 0 && extra / (sep + 1) < 31) mask |= 1 << (extra / (sep + 1));
        return mask;
    }
}
