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
    /** Blank cells a real table row may carry beyond its columns (copies of spanned label cells). */
    private static final int MAX_SPANNED = 2;

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
        int textBlock = -1; // block of the last header cell: blanks after it on its line are spacing
        for (int t = from; t < limit; t++) {
            Token tok = tokens.get(t);
            switch (tok.kind()) {
                case VALUE, EMPTY, GAP -> {
                    if (cur == null) cur = new ArrayList<>();
                    cur.add(tok);
                }
                case BREAK -> cur = close(runs, cur, textBlock);
                case TEXT -> {
                    // blanks before a header cell on its own line are spacing too (「 | 第二十条第（五）项 | |」)
                    if (cur != null && isHeaderCell(tok.labelKey()) && !hasValue(cur)
                            && cur.get(0).block() == tok.block()) {
                        cur = null;
                    }
                    cur = close(runs, cur, textBlock);
                    if (isLabel.test(t)) return runs;
                    if (runs.isEmpty()) {
                        if (++skipped > MAX_SKIPPED_TEXT) return runs;
                    } else if (tok.labelKey() == null) {
                        return runs; // prose after the values: the table is over
                    }
                    // else a short unlabelled cell (a group heading such as （三）不予公开): rows may follow
                    if (isHeaderCell(tok.labelKey())) textBlock = tok.block();
                }
            }
        }
        close(runs, cur, textBlock);
        return runs;
    }

    /** Section-二 header cells (第二十条第（五）项, 信息内容, 本年处理决定数量 …): blanks after them on their line are spacing.
     * Group headings of section 三 (（三）不予公开) are not: a row of values may share their line. */
    private static boolean isHeaderCell(String key) {
        if (key == null) return false;
        return key.startsWith("第二十条") || key.equals("信息内容") || key.endsWith("数量") || key.endsWith("件数")
                || key.contains("金额") || key.contains("增/减") || key.contains("单位");
    }

    /** Ends a run; a run of blanks on the line of a header cell is spacing, not a row, and is dropped. */
    private static List<Token> close(List<List<Token>> runs, List<Token> cur, int textBlock) {
        if (cur != null && !(cur.get(0).block() == textBlock && !hasValue(cur))) runs.add(cur);
        return null;
    }

    private static Fitted byHeader(List<Token> run, int[] header) {
        if (header == null) return null;
        int block = run.get(0).block();
        // the line must reach the last column: a collapsed row (blank cells dropped) is shorter than the header, and
        // its numbers, though inside the header's span, are not under their own columns
        if (run.get(run.size() - 1).cell() < header[header.length - 1]) return null;
        Token[] at = new Token[header.length];
        for (Token t : run) {
            if (t.block() != block) return null;
            int c = indexOf(header, t.cell());
            if (c < 0) {
                if (t.isValue()) return null; // a number outside the header's columns: positions can't be trusted
                continue;
            }
            at[c] = t;
        }
        List<Token> cells = new ArrayList<>(header.length);
        for (int c = 0; c < header.length; c++) {
            Token t = at[c];
            cells.add(t != null ? t : Token.blank(block, header[c], false, true));
        }
        return new Fitted(Fit.DIRECT, cells);
    }

    /**
     * Resolves the {@link Token.Kind#GAP}s of a run. A gap may hold blank cells or be stray blank lines (seen inside
     * rows whose cells are all printed), so it places blank cells only where nothing else is possible: the run has
     * fewer cells than columns, exactly one gap lies before a cell (after the label, or between two cells), its
     * blank lines number what the missing cells would take ({@link SpacedLines#blankCells}), and no
     * gap follows the last cell (it could hold them as well). Otherwise the gaps are dropped and the row stays short:
     * its values are not placed.
     */
    static List<Token> closeGaps(List<Token> run, int n) {
        int cellsCount = 0;
        for (Token t : run) if (t.kind() != Token.Kind.GAP) cellsCount++;
        int missing = n - cellsCount;
        Token gap = null;
        int gapAt = -1, inner = 0, seen = 0;
        for (Token t : run) {
            if (t.kind() != Token.Kind.GAP) {
                seen++;
            } else if (seen < cellsCount) {
                inner++;
                gap = t;
                gapAt = seen;
            }
        }
        if (cellsCount == run.size()) return run;
        boolean trailing = run.get(run.size() - 1).kind() == Token.Kind.GAP;
        // a gap after the last cell could hold blank cells as well as the one before: then nothing is unique
        boolean fill = missing > 0 && missing < 31 && inner == 1 && !trailing && (gap.cell() & (1 << missing)) != 0;
        List<Token> out = new ArrayList<>(Math.max(n, cellsCount));
        for (Token t : run) {
            if (t.kind() != Token.Kind.GAP) {
                out.add(t);
            } else if (fill && t == gap && out.size() == gapAt) {
                for (int k = 0; k < missing; k++) out.add(Token.blank(t.block(), k, true, false));
            }
        }
        return out;
    }

    private static boolean offHeader(List<Token> run, int[] header) {
        int block = run.get(0).block();
        for (Token t : run) if (t.block() != block) return false;
        for (Token t : run) if (t.isValue() && indexOf(header, t.cell()) < 0) return true;
        return false;
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    private static boolean allEmpty(List<Token> cells) {
        for (Token t : cells) if (t.kind() != Token.Kind.EMPTY) return false;
        return true;
    }

    static boolean hasValue(List<Token> run) {
        for (Token t : run) if (t.isValue()) return true;
        return false;
    }

    /** Fits one run to a row of n columns. */
    static Fitted fit(List<Token> run, int n) {
        return fit(run, n, null);
    }

    /**
     * Fits one run to a row of n columns. {@code header}: the cell indexes of the n columns in the header's text rows
     * (null if unknown); a run split out of one text line whose numbers all sit at those indexes is read by position,
     * blanks included.
     */
    static Fitted fit(List<Token> run, int n, int[] header) {
        if (run == null || !hasValue(run)) return Fitted.NONE;
        run = closeGaps(run, n);
        boolean positional = true;
        for (Token t : run) positional &= t.positional();
        if (header != null && run.get(0).row()) {
            Fitted byHeader = byHeader(run, header);
            if (byHeader != null) return byHeader;
            // a row whose numbers sit outside the header's columns (a PDF grid split differently per row): its cell
            // positions say nothing, only the order of its numbers does
            if (offHeader(run, header)) positional = false;
        }
        // far more cells than columns: a PDF grid with a cell per gap, whose positions mean nothing
        if (positional && run.size() > n + MAX_SPANNED && run.get(0).row()) positional = false;
        if (!positional) {
            if (run.size() > n) {
                // more cells than columns: blank cells of spanned labels. A row that ends in a number is aligned on
                // its last cell (markdown copies drop spanned cells on the left); one that starts with a number on
                // its first. A row with blanks at both ends (a trailing TAB) says nothing about positions.
                int extra = run.size() - n;
                if (run.get(run.size() - 1).isValue() && allEmpty(run.subList(0, extra))) {
                    return new Fitted(Fit.DIRECT, new ArrayList<>(run.subList(extra, run.size())));
                }
                if (run.get(0).isValue() && allEmpty(run.subList(n, run.size()))) {
                    return new Fitted(Fit.DIRECT, new ArrayList<>(run.subList(0, n)));
                }
            }
        }
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
        if (cells.size() > n) {
            // n numbers among more cells: every column has its number, the blanks between are gaps of the layout
            // (a PDF column split twice)
            List<Token> printed = new ArrayList<>(cells);
            printed.removeIf(t -> t.kind() == Token.Kind.EMPTY);
            return printed.size() == n ? new Fitted(Fit.DIRECT, printed) : new Fitted(Fit.TOO_MANY, cells);
        }
        cells.removeIf(t -> t.kind() == Token.Kind.EMPTY);
        return cells.isEmpty() ? Fitted.NONE : new Fitted(Fit.SHORT, cells);
    }
}
