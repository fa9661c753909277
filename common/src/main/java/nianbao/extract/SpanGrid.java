package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the cells of consecutive table rows on a grid, resolving colspan and rowspan the way the table reader
 * needs it: a spanning cell's text goes in its first (top-left) position and every other position it covers gets ""
 * (not a copy of the text), so the value columns of every row line up while no value is counted twice. One instance
 * per table; not thread-safe (create one per table).
 */
final class SpanGrid {
    /** Sanity caps: a hostile or broken page must not make us allocate millions of cells. */
    static final int MAX_COLSPAN = 200;
    static final int MAX_ROWSPAN = 2000;

    /** For each column, how many more rows a cell from an earlier row still covers. */
    private final List<Integer> pending = new ArrayList<>();
    private List<String> row;
    private int col;

    /** Starts a new row. */
    void startRow() {
        row = new ArrayList<>();
        col = 0;
    }

    /** Adds the next source cell of the current row, after skipping positions covered from above. */
    void cell(String text, int colspan, int rowspan) {
        skipCovered();
        int cs = clamp(colspan, MAX_COLSPAN);
        int rs = clamp(rowspan, MAX_ROWSPAN);
        for (int k = 0; k < cs; k++) {
            row.add(k == 0 ? text : "");
            while (pending.size() <= col) pending.add(0);
            pending.set(col, rs - 1);
            col++;
        }
    }

    /** Ends the row: positions still covered from above at the end of the row are filled with "". */
    List<String> endRow() {
        for (int j = col; j < pending.size(); j++) {
            if (pending.get(j) > 0) {
                skipCoveredUpTo(j + 1);
            }
        }
        List<String> r = row;
        row = null;
        return r;
    }

    private void skipCovered() {
        while (col < pending.size() && pending.get(col) > 0) {
            row.add("");
            pending.set(col, pending.get(col) - 1);
            col++;
        }
    }

    private void skipCoveredUpTo(int end) {
        while (col < end) {
            row.add("");
            if (pending.get(col) > 0) pending.set(col, pending.get(col) - 1);
            col++;
        }
    }

    private static int clamp(int span, int max) {
        return span < 1 ? 1 : Math.min(span, max);
    }
}
