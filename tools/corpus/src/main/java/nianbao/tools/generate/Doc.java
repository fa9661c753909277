package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A generated report before it is rendered: paragraphs and tables in reading order. Value cells carry a {@link Ref}
 * to the form cell they print, so noise that cuts or hides cells can say exactly which values were lost.
 */
public record Doc(List<Block> blocks, Set<Noise> noise) {

    public Doc(List<Block> blocks) {
        this(blocks, Set.of());
    }

    /** The same document, telling renderers which layout noise to apply (blank lines, stray pipes). */
    public Doc withNoise(Set<Noise> n) {
        return new Doc(blocks, Set.copyOf(n));
    }

    public sealed interface Block permits Para, Table {
    }

    public enum Style { TITLE, HEADING, BODY, BANNER, SIGNATURE }

    public record Para(String text, Style style) implements Block {
    }

    /** A table as rows of cells, HTML style: a cell spanning rows appears only in its first row. */
    public record Table(List<List<TCell>> rows) implements Block {
        /** The grid position of every cell: {@code start[r][i]} is the first column of cell i of row r. */
        public Grid grid() {
            return Grid.of(this);
        }
    }

    /** A cell; {@code ref} is set for value cells, {@code header} for header cells of the form. */
    public record TCell(String text, int colspan, int rowspan, Ref ref, boolean header) {
        public static TCell label(String text) {
            return new TCell(text, 1, 1, null, false);
        }

        public static TCell head(String text, int colspan, int rowspan) {
            return new TCell(text, colspan, rowspan, null, true);
        }

        public TCell withText(String t) {
            return new TCell(t, colspan, rowspan, ref, header);
        }
    }

    /**
     * A value cell of the form: section 2 (row = item key, col = index in its article's columns), 3 (row = row key,
     * col 0–6) or 4 (row = block key, col 0–4).
     */
    public record Ref(int section, String row, int col) {
    }

    /** The same document with every text passed through {@code f} (script conversion, spam). */
    public Doc mapText(UnaryOperator<String> f) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Para p) {
                out.add(new Para(f.apply(p.text()), p.style()));
            } else {
                Table t = (Table) b;
                List<List<TCell>> rows = new ArrayList<>();
                for (List<TCell> r : t.rows()) {
                    List<TCell> nr = new ArrayList<>(r.size());
                    for (TCell c : r) nr.add(c.ref() != null ? c : c.withText(f.apply(c.text())));
                    rows.add(nr);
                }
                out.add(new Table(rows));
            }
        }
        return new Doc(out, noise);
    }

    /**
     * Cuts the document inside table {@code tableIndex} (counted among tables) after row {@code row} and cell
     * {@code cell} of that row (the cell itself is kept). Every value cell after the cut is added to {@code lost}.
     */
    public Doc truncate(int tableIndex, int row, int cell, Set<Ref> lost) {
        List<Block> out = new ArrayList<>();
        int seen = -1;
        boolean cut = false;
        for (Block b : blocks) {
            if (cut) {
                collectRefs(b, lost);
                continue;
            }
            if (b instanceof Table t && ++seen == tableIndex) {
                List<List<TCell>> rows = new ArrayList<>();
                for (int r = 0; r < t.rows().size(); r++) {
                    List<TCell> cells = t.rows().get(r);
                    if (r < row) {
                        rows.add(cells);
                    } else if (r == row) {
                        rows.add(new ArrayList<>(cells.subList(0, Math.min(cells.size(), cell + 1))));
                        for (TCell c : cells.subList(Math.min(cells.size(), cell + 1), cells.size())) {
                            if (c.ref() != null) lost.add(c.ref());
                        }
                    } else {
                        for (TCell c : cells) if (c.ref() != null) lost.add(c.ref());
                    }
                }
                out.add(new Table(rows));
                cut = true;
            } else {
                out.add(b);
            }
        }
        return new Doc(out, noise);
    }

    /**
     * The same document with the text of its last cell halved when that cell is a label or header (not a value): a
     * cut by bytes that falls inside a label. Only meant for a document {@link #truncate}d inside a table.
     */
    public Doc cutLastLabel() {
        if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Table t) || t.rows().isEmpty()) return this;
        List<List<TCell>> rows = new ArrayList<>(t.rows());
        List<TCell> last = new ArrayList<>(rows.get(rows.size() - 1));
        if (last.isEmpty()) return this;
        TCell c = last.get(last.size() - 1);
        if (c.ref() != null || c.text().length() < 2) return this;
        last.set(last.size() - 1, c.withText(c.text().substring(0, c.text().length() / 2)));
        rows.set(rows.size() - 1, last);
        List<Block> out = new ArrayList<>(blocks);
        out.set(out.size() - 1, new Table(rows));
        return new Doc(out, noise);
    }

    private static void collectRefs(Block b, Set<Ref> into) {
        if (b instanceof Table t) {
            for (List<TCell> r : t.rows()) for (TCell c : r) if (c.ref() != null) into.add(c.ref());
        }
    }

    /** Every value cell printed somewhere in the document. */
    public Set<Ref> refs() {
        Set<Ref> s = new HashSet<>();
        for (Block b : blocks) collectRefs(b, s);
        return s;
    }

    public List<Table> tables() {
        List<Table> t = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Table x) t.add(x);
        return t;
    }
}
