package nianbao.read;

import nianbao.extract.Page;

import java.util.List;

/**
 * Detects the web-page layout that prints one cell per line and a blank line after every line (what text extraction
 * of many portal pages gives: each table cell becomes a paragraph). There a blank line separates cells, not rows, so
 * it must not break a row; more blank lines than one are a gap that may hold blank cells, and a line of spaces only
 * is a blank cell. In the other one-cell-per-line layouts a blank line ends a row, and only the last cell of a row is
 * followed by one.
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

    /** True when the page's text lines follow the blank-line-after-every-cell layout. */
    static boolean detect(Page page) {
        List<Page.Block> blocks = page.blocks();
        int spaced = 0, dense = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Page.Block b = blocks.get(i), next = blocks.get(i + 1);
            if (b.table() || next.table()) continue;
            String s = b.text().strip();
            if (s.isEmpty() || s.length() > MAX_CELL) continue;
            if (next.text().isBlank()) spaced++;
            else dense++;
        }
        return spaced >= MIN_SPACED && spaced >= RATIO * dense;
    }
}
