package nianbao.read;

import nianbao.form.Label;
import nianbao.model.Cell;

import java.math.BigDecimal;

/**
 * One cell of the {@link CellStream}, or a row break.
 *
 * @param kind       TEXT (a label or prose), VALUE (a number or a "/" style not-applicable mark), EMPTY, GAP or BREAK
 * @param raw        the cell text as printed (trimmed); "" for EMPTY and BREAK
 * @param semantic   NUMERIC, ZERO, NA, EMPTY or TEXT (null for BREAK)
 * @param number     the value of a NUMERIC/ZERO cell
 * @param unit       a unit written in the cell (元, 万元, 件 …), or null
 * @param block      index of the page block (the line number − 1 for text) the cell comes from
 * @param cell       index of the cell within its block (after the layout was split)
 * @param positional true when the cell's position in its row can be trusted: a real table cell or a one-cell-per-line
 *                   layout; false for cells split out of a text line (tabs, pipes, spaces), whose empty edge cells
 *                   are artefacts of the layout
 * @param row        true when the cell is one of several cells of its block (a table row or a split text line), so
 *                   its {@code cell} index can be compared with a header's
 */
public record Token(Kind kind, String raw, Cell.Semantic semantic, BigDecimal number, String unit, int block, int cell,
                    boolean positional, boolean row) {

    /**
     * What a token is to the reader. GAP: extra blank lines between the cells of a layout that puts a blank line
     * after every cell ({@link SpacedLines}); it stands for blank cells of unknown number (perhaps none: such pages
     * also carry stray blank lines), so only {@link Runs#fit} may turn it into cells, where that is unique.
     */
    public enum Kind { TEXT, VALUE, EMPTY, GAP, BREAK }

    /** Longest label key that can be a row label; longer text is prose. */
    static final int MAX_LABEL = 64;

    static Token rowBreak(int block) {
        return new Token(Kind.BREAK, "", null, null, null, block, -1, true, false);
    }

    /** A GAP ending at {@code block}; {@code cell} keeps the numbers of blank cells it may hold as a bit set
     * ({@link SpacedLines#blankCells}). */
    static Token gap(int block, int blankCells) {
        return new Token(Kind.GAP, "", Cell.Semantic.EMPTY, null, null, block, blankCells, true, false);
    }

    /** A blank cell standing in for a column that a {@link #gap} or a header says is blank. */
    static Token blank(int block, int cell, boolean positional, boolean row) {
        return new Token(Kind.EMPTY, "", Cell.Semantic.EMPTY, null, null, block, cell, positional, row);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** The label key (whitespace and numbering removed) of a short TEXT token, else null. A label made long by
     * notes in parentheses (湖北's instructions inside label cells) is short without them. */
    public String labelKey() {
        if (kind != Kind.TEXT || raw.length() > MAX_LABEL * 2) return null;
        String k = Label.key(raw);
        if (k.length() > MAX_LABEL) k = Label.withoutNotes(k);
        return k.length() > MAX_LABEL ? null : k;
    }
}
