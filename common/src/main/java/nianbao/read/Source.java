package nianbao.read;

import nianbao.model.Cell;

/**
 * Where a cell's value came from, for {@code parse --explain}: the page block (line number − 1 for text) and cell
 * index, the text as printed, its semantic, and whether the value was deduced from the table's arithmetic instead.
 */
public record Source(int block, int cell, String raw, Cell.Semantic semantic, boolean deduced) {

    static Source of(Token t) {
        return new Source(t.block(), t.cell(), t.raw(), t.semantic(), false);
    }

    static Source deducedValue() {
        return new Source(-1, -1, null, null, true);
    }

    /** One line for humans: 「line 866 cell 0 "1" NUMERIC」 or 「deduced from the table's arithmetic」. */
    public String describe() {
        if (deduced) return "deduced from the table's arithmetic (not printed)";
        return "line " + (block + 1) + " cell " + cell + " \"" + raw + "\" " + semantic;
    }
}
