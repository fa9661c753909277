package nianbao.read;

import nianbao.form.Form;
import nianbao.form.Label;
import nianbao.model.Flags;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Gives each row of a section the run of cells that is its own: a labelled row takes the first run after its label;
 * rows whose labels are lost take the runs that follow, one run per row, or the cells split by the rows' widths when
 * the count matches exactly; rows before the first label are counted from after the header. A run cut by the end of
 * the text flags {@code truncated}; runs that cannot be given to rows flag {@code cells_unplaced}.
 */
final class RowFitter {
    private final CellIndex cells;
    private final Set<String> flags;

    RowFitter(CellIndex cells, Set<String> flags) {
        this.cells = cells;
        this.flags = flags;
    }

    /**
     * Fits every row: a labelled row takes the first run after its label; rows whose labels are lost take the runs
     * that follow, one run per row, or the cells split by the rows' widths when the count matches exactly.
     * {@code extra}: labels of rows the form does not read, which end the cells of the row before them.
     */
    Runs.Fitted[] fit(List<Form.Item> rows, List<Label> extra, int[] anchors, int[] widths, int end, int[][] headers,
                      int leadFrom) {
        Runs.Fitted[] out = new Runs.Fitted[rows.size()];
        Arrays.fill(out, Runs.Fitted.NONE);
        List<Integer> anchored = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) if (anchors[r] >= 0) anchored.add(r);
        if (leadFrom >= 0 && !anchored.isEmpty() && anchored.get(0) > 0) {
            // the first rows lost their labels: the rows of values between the header and the first label are
            // theirs when their number matches
            int lead = anchored.get(0);
            List<List<Token>> runs = Runs.collect(cells.tokens, leadFrom, anchors[lead],
                    t -> cells.keys[t] != null && (CellIndex.isLabelOfOther(cells.keys[t], rows, -1)
                            || Matches.any(extra, cells.keys[t])));
            runs.removeIf(run -> !Runs.hasValue(run) && run.size() < widths[0]);
            if (runs.size() == lead) {
                for (int k = 0; k < lead; k++) out[k] = Runs.fit(runs.get(k), widths[k], headers[k]);
            }
        }
        for (int a = 0; a < anchored.size(); a++) {
            cells.deadline.check();
            int r = anchored.get(a);
            int nextRow = a + 1 < anchored.size() ? anchored.get(a + 1) : rows.size();
            int limit = a + 1 < anchored.size() ? anchors[nextRow] : end;
            final int lim = limit;
            final int row = r;
            List<List<Token>> runs = Runs.collect(cells.tokens, anchors[r] + 1, limit,
                    t -> t < lim && cells.keys[t] != null && (CellIndex.isLabelOfOther(cells.keys[t], rows, row)
                            || Matches.any(extra, cells.keys[t])));
            int m = nextRow - r;
            // a blank run narrower than every row it could be is a spanned label's cell or spacing, not a row
            int narrowest = widths[r];
            for (int k = r + 1; k < nextRow; k++) narrowest = Math.min(narrowest, widths[k]);
            final int minWidth = narrowest;
            runs.removeIf(run -> !Runs.hasValue(run) && run.size() < minWidth);
            if (runs.isEmpty()) continue;
            List<Token> lastRun = runs.get(runs.size() - 1);
            int lastRow = Math.min(r + runs.size() - 1, rows.size() - 1);
            if (cells.endsTheText(lastRun) && Runs.fit(lastRun, widths[lastRow], headers[lastRow]).fit() != Runs.Fit.DIRECT) {
                // the text stops inside this row: what is missing was cut off, not left blank
                flags.add(Flags.TRUNCATED);
                if (runs.size() == 1) continue;
                runs.remove(runs.size() - 1);
            }
            if (m == 1) {
                out[r] = Runs.fit(runs.get(0), widths[r], headers[r]);
                if (out[r].fit() == Runs.Fit.SHORT) {
                    List<Token> joined = acrossBlankLines(runs, widths[r]);
                    if (joined != null) out[r] = Runs.fit(joined, widths[r], headers[r]);
                }
                continue;
            }
            if (runs.size() == m) {
                for (int k = 0; k < m; k++) out[r + k] = Runs.fit(runs.get(k), widths[r + k], headers[r + k]);
                continue;
            }
            List<Token> flat = new ArrayList<>();
            for (List<Token> run : runs) flat.addAll(run);
            // bare numbers only (「64 bare zeros」): blanks among them could be lost label cells as well as values
            if (splittable(flat, widths, r, m) && flat.stream().allMatch(Token::isValue)) {
                int at = 0;
                for (int k = 0; k < m; k++) {
                    out[r + k] = Runs.fit(flat.subList(at, at + widths[r + k]), widths[r + k], headers[r + k]);
                    at += widths[r + k];
                }
            } else {
                // rows whose labels are lost and a count that does not match: the first run is the labelled row's
                // only when it starts right after its label (same line, or the next cells without a break)
                if (adjacent(anchors[r], runs.get(0))) out[r] = Runs.fit(runs.get(0), widths[r], headers[r]);
                flags.add(Flags.CELLS_UNPLACED);
            }
        }
        return out;
    }

    /**
     * The cells of a one-cell-per-line row that a stray blank line cut in two or more runs (「283 / (blank) / 0 / 283」):
     * the runs that follow the first with one blank line and nothing else between, when together they have exactly
     * the row's width; else null.
     */
    private List<Token> acrossBlankLines(List<List<Token>> runs, int width) {
        List<Token> joined = new ArrayList<>(runs.get(0));
        for (int k = 1; k < runs.size() && joined.size() < width; k++) {
            Token last = joined.get(joined.size() - 1), next = runs.get(k).get(0);
            if (last.row() || next.row() || next.block() - last.block() != 2 || !onlyBreaksBetween(last, next)) break;
            joined.addAll(runs.get(k));
        }
        return joined.size() == width && joined.size() > runs.get(0).size() ? joined : null;
    }

    private boolean onlyBreaksBetween(Token a, Token b) {
        int i = cells.tokens.indexOf(a);
        for (int t = i + 1; t < cells.tokens.size(); t++) {
            Token tok = cells.tokens.get(t);
            if (tok == b) return true;
            if (tok.kind() != Token.Kind.BREAK) return false;
        }
        return false;
    }

    /** True when nothing but the label's own line separates the label from the run (no row break between them). */
    private boolean adjacent(int anchor, List<Token> run) {
        Token first = run.get(0);
        for (int t = anchor + 1; t < cells.tokens.size(); t++) {
            Token tok = cells.tokens.get(t);
            if (tok == first) return true;
            if (tok.kind() == Token.Kind.BREAK) return false;
        }
        return false;
    }

    private static boolean splittable(List<Token> flat, int[] widths, int r, int m) {
        int need = 0;
        for (int k = 0; k < m; k++) need += widths[r + k];
        return flat.size() == need;
    }
}
