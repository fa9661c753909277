package nianbao.read;

import nianbao.form.Label;
import nianbao.model.Cell;

import java.math.BigDecimal;

/**
 * One cell of the {@link CellStream}, or a row break.
 *
 * @param kind       TEXT (a label or prose), VALUE (a number or a "/" style not-applicable mark), EMPTY, or BREAK
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

    /** What a token is to the reader. */
    public enum Kind { TEXT, VALUE, EMPTY, BREAK }

    /** Longest label key that can be a row label; longer text is prose. */
    static final int MAX_LABEL = 64;

    static Token rowBreak(int block) {
        return new Token(Kind.BREAK, "", null, null, null, block, -1, true, false);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** The label key (whitespace and numbering removed) of a short TEXT token, else null. */
    public String labelKey() {
        if (kind != Kind.TEXT || raw.length() > MAX_LABEL * 2) return null;
        String k = Label.key(raw);
        return k.length() > MAX_LABEL ? null : k;
    }
}
