package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** For each column (up to {@link #width}), how many more rows a cell from an earlier row still covers. */
    private int[] pending = new int[16];
    /** The number of columns any row has reached so far. */
    private int width;
    private List<String> row;
    private int col;

    /** Starts a new row of about {@code cells} source cells (a sizing hint only). */
    void startRow(int cells) {
        row = new ArrayList<>(Math.max(cells, width));
        col = 0;
    }

    /** Adds the next source cell of the current row, after skipping positions covered from above. */
    void cell(String text, int colspan, int rowspan) {
        skipCovered();
        int cs = clamp(colspan, MAX_COLSPAN);
        int rs = clamp(rowspan, MAX_ROWSPAN);
        for (int k = 0; k < cs; k++) {
            row.add(k == 0 ? text : "");
            if (col >= pending.length) pending = Arrays.copyOf(pending, Math.max(pending.length * 2, col + 1));
            pending[col] = rs - 1;
            col++;
            if (col > width) width = col;
        }
    }

    /** Ends the row: positions still covered from above at the end of the row are filled with "". */
    List<String> endRow() {
        for (int j = col; j < width; j++) {
            if (pending[j] > 0) {
                skipCoveredUpTo(j + 1);
            }
        }
        List<String> r = row;
        row = null;
        return r;
    }

    private void skipCovered() {
        while (col < width && pending[col] > 0) {
            row.add("");
            pending[col]--;
            col++;
        }
    }

    private void skipCoveredUpTo(int end) {
        while (col < end) {
            row.add("");
            if (pending[col] > 0) pending[col]--;
            col++;
        }
    }

    private static int clamp(int span, int max) {
        return span < 1 ? 1 : Math.min(span, max);
    }
}
