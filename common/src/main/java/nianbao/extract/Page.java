package nianbao.extract;

import java.util.List;

/**
 * What every extractor produces, whatever the format: the document's blocks in reading order. A block is either a
 * line of text ({@code table == false}, one cell holding the whole line) or a table row whose cells the source
 * delimits itself (HTML/Word/Excel tables, PDF rows rebuilt from positions; {@code table == true}). Empty cells are
 * kept as "" (never dropped) where the source marks them. The table reader handles both kinds, so a text layout
 * (tabs, pipes, one cell per line) and a real table end up read by the same code.
 */
public record Page(List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    public record Block(List<String> cells, boolean table) {
        public Block {
            cells = List.copyOf(cells);
        }

        public static Block line(String text) {
            return new Block(List.of(text), false);
        }

        public static Block row(List<String> cells) {
            return new Block(cells, true);
        }

        /** The block as one line of text; table cells are joined by a tab. */
        public String text() {
            return cells.size() == 1 ? cells.get(0) : String.join("\t", cells);
        }
    }

    /** A page of line blocks, one per line of {@code text} (CRLF, CR and LF all end a line; a final "" is kept). */
    public static Page ofLines(String text) {
        List<Block> blocks = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                blocks.add(Block.line(text.substring(start, i)));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        blocks.add(Block.line(text.substring(start)));
        return new Page(blocks);
    }

    /** The table-row blocks only, in order (convenience for tests and the table reader). */
    public List<Block> rows() {
        return blocks.stream().filter(Block::table).toList();
    }

    /** The whole page as plain text, one block per line. */
    public String text() {
        int size = 0;
        for (Block b : blocks) {
            size += Math.max(b.cells().size(), 1); // the tabs between cells and the line's end
            for (String c : b.cells()) size += c.length();
        }
        // one char array, filled in place: a StringBuilder would inflate to UTF-16 at the first CJK cell and copy again
        char[] out = new char[size];
        int at = 0;
        for (Block b : blocks) {
            List<String> cells = b.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) out[at++] = '\t';
                String c = cells.get(i);
                c.getChars(0, c.length(), out, at);
                at += c.length();
            }
            out[at++] = '\n';
        }
        return new String(out, 0, at);
    }
}
