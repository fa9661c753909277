package nianbao.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the value cells that follow a row label out of the cell stream, and decides what a run of cells is worth for a
 * row of {@code n} columns. Layout-neutral: it looks only at token kinds, breaks and the {@code positional} bit.
 */
final class Runs {
    /** At most this many unlabelled text cells (a wrapped label's second line, a group heading) may sit between a
     * row label and its values. */
    private static final int MAX_SKIPPED_TEXT = 3;

    private Runs() {
    }

    /** How a run fits its row. */
    enum Fit { DIRECT, SHORT, NONE, TOO_MANY }

    /** A run fitted to a row: DIRECT = exactly n cells (EMPTY kept in place); SHORT = fewer values than columns, blanks
     * removed; NONE = no value at all; TOO_MANY = more values than columns. */
    record Fitted(Fit fit, List<Token> cells) {
        static final Fitted NONE = new Fitted(Fit.NONE, List.of());
    }

    /**
     * The runs of value cells between {@code from} and {@code limit}: each a maximal sequence of VALUE/EMPTY tokens
     * ended by a break or a text cell. Breaks and short unlabelled text cells (group headings, a wrapped label's
     * second line) are skipped; a labelled text cell, or prose after the first run, ends the search.
     */
    static List<List<Token>> collect(List<Token> tokens, int from, int limit, java.util.function.IntPredicate isLabel) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> cur = null;
        int skipped = 0;
        for (int t = from; t < limit; t++) {
            Token tok = tokens.get(t);
            switch (tok.kind()) {
                case VALUE, EMPTY -> {
                    if (cur == null) cur = new ArrayList<>();
                    cur.add(tok);
                }
                case BREAK -> {
                    if (cur != null) { runs.add(cur); cur = null; }
                }
                case TEXT -> {
                    if (cur != null) { runs.add(cur); cur = null; }
                    if (isLabel.test(t)) return runs;
                    if (runs.isEmpty()) {
                        if (++skipped > MAX_SKIPPED_TEXT) return runs;
                    } else if (tok.labelKey() == null) {
                        return runs; // prose after the values: the table is over
                    }
                    // else a short unlabelled cell (a group heading such as （三）不予公开): rows may follow
                }
            }
        }
        if (cur != null) runs.add(cur);
        return runs;
    }

    static boolean hasValue(List<Token> run) {
        for (Token t : run) if (t.isValue()) return true;
        return false;
    }

    /** Fits one run to a row of n columns. */
    static Fitted fit(List<Token> run, int n) {
        if (run == null || !hasValue(run)) return Fitted.NONE;
        boolean positional = true;
        for (Token t : run) positional &= t.positional();
        List<Token> cells = new ArrayList<>(run);
        if (positional) {
            // a real table row or one cell per line: blank cells are real cells; extra blanks at the edges belong to
            // the neighbouring rows' spanned labels
            while (cells.size() > n && cells.get(cells.size() - 1).kind() == Token.Kind.EMPTY) cells.remove(cells.size() - 1);
            while (cells.size() > n && cells.get(0).kind() == Token.Kind.EMPTY) cells.remove(0);
        } else {
            // cells split out of a text line: blank cells at the edges are artefacts of the layout (spanned label
            // columns, trailing separators) and say nothing about which column is blank
            while (!cells.isEmpty() && cells.get(cells.size() - 1).kind() == Token.Kind.EMPTY) cells.remove(cells.size() - 1);
            while (!cells.isEmpty() && cells.get(0).kind() == Token.Kind.EMPTY) cells.remove(0);
        }
        if (cells.size() == n) return new Fitted(Fit.DIRECT, cells);
        if (cells.size() > n) return new Fitted(Fit.TOO_MANY, cells);
        cells.removeIf(t -> t.kind() == Token.Kind.EMPTY);
        return cells.isEmpty() ? Fitted.NONE : new Fitted(Fit.SHORT, cells);
    }
}
