package nianbao.read;

import nianbao.extract.Page;
import nianbao.model.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page, whatever its layout, into one stream of cells with row breaks, so that a single reader serves every
 * format and text layout:
 * <ul>
 *   <li>a real table row (HTML, Word, Excel, PDF rebuilt from positions): its cells, then a break;</li>
 *   <li>a text line with tabs ({@code 规章\t0\t0\t0}), pipes ({@code 规章 | 0 | 0 |}) or space-separated trailing
 *   numbers ({@code 规章 0 0 0}, PDF text): split into cells, a break before and after;</li>
 *   <li>a text line with one cell ({@code \t0}, {@code 0 |}, {@code 规范性文件}, a lone TAB or pipe for a blank cell):
 *   one cell, no break, so consecutive one-cell lines form a row (the one-cell-per-line layouts);</li>
 *   <li>a blank line, a line of pipes only ({@code ||}) or a separator ({@code ---}): a break;</li>
 *   <li>except on a page that ends each one-cell line with a line {@code |} ({@link #pipeEnded}): there that
 *   {@code |} ends the cell and is nothing, and an empty line between a pipe line and its {@code |} is a blank cell;</li>
 *   <li>except on a page that puts a blank line after every cell ({@link SpacedLines}): there one blank line is
 *   nothing (or as many as separate its cells), more are a {@link Token.Kind#GAP}, and a line of spaces only is a blank cell.</li>
 * </ul>
 */
public final class CellStream {
    private CellStream() {
    }

    public static List<Token> of(Page page) {
        List<Token> out = new ArrayList<>(page.blocks().size() * 2);
        List<String> cells = new ArrayList<>();
        int sep = SpacedLines.separator(page);
        boolean spaced = sep > 0;
        int blankLines = 0; // empty lines since the last cell (spaced layout)
        boolean[] ended = spaced ? null : pipeEnded(page);
        int bi = 0;
        for (Page.Block b : page.blocks()) {
            if (ended != null && ended[bi]) {
                // the "|" that ends a cell line (or the empty line of a blank cell, whose "|" follows)
                String line = b.cells().isEmpty() ? "" : b.cells().get(0);
                if (line.isBlank()) out.add(Token.blank(bi, 0, true, false));
                bi++;
                continue;
            }
            if (spaced && b.table()) blankLines = 0;
            if (spaced && !b.table()) {
                String line = b.cells().isEmpty() ? "" : b.cells().get(0);
                if (line.isEmpty()) {
                    blankLines++;
                    bi++;
                    continue;
                }
                if (blankLines > sep) out.add(Token.gap(bi - 1, SpacedLines.blankCells(blankLines, sep)));
                blankLines = 0;
                if (line.isBlank()) {
                    out.add(Token.blank(bi, 0, true, false));
                    bi++;
                    continue;
                }
            }
            if (b.table()) {
                addBreak(out, bi);
                boolean row = b.cells().size() > 1;
                for (int j = 0; j < b.cells().size(); j++) out.add(token(b.cells().get(j), bi, j, true, row));
                addBreak(out, bi);
            } else {
                cells.clear();
                split(b.cells().isEmpty() ? "" : b.cells().get(0), cells);
                if (cells.isEmpty()) {
                    addBreak(out, bi);
                } else if (cells.size() == 1) {
                    out.add(token(cells.get(0), bi, 0, true, false));
                } else {
                    addBreak(out, bi);
                    for (int j = 0; j < cells.size(); j++) out.add(token(cells.get(j), bi, j, false, true));
                    addBreak(out, bi);
                }
            }
            bi++;
        }
        addBreak(out, bi);
        return out;
    }

    /** Pages with at least this many one-cell lines ended by a line "|" are read as that layout (real n01 has 40). */
    static final int MIN_PIPE_ENDED = 8;

    /**
     * The layout where each cell is a line followed by a line holding one {@code |} (and a cell spanning k columns by a
     * line of k pipes), seen in copies of portal pages: marks the blocks that are not cells of their own, namely the
     * {@code |} after a one-cell line (no pipe, no leading TAB) and the empty line that, between a pipe line and a
     * {@code |}, is a blank cell (marked too; the caller turns it into the blank cell, and its {@code |} is skipped).
     * Null when the page is not in this layout. Elsewhere a lone {@code |} stays a blank cell ({@code 0 |} layouts).
     */
    static boolean[] pipeEnded(Page page) {
        List<Page.Block> bs = page.blocks();
        int n = bs.size(), count = 0;
        boolean[] out = new boolean[n];
        for (int i = 1; i < n; i++) {
            if (isLonePipe(line(bs, i)) && isBareCell(bs, i - 1)) {
                out[i] = true;
                count++;
            }
        }
        if (count < MIN_PIPE_ENDED) return null;
        for (int i = 1; i + 1 < n; i++) {
            if (!bs.get(i).table() && line(bs, i).isBlank() && isLonePipe(line(bs, i + 1)) && isPipeLine(line(bs, i - 1))) {
                out[i] = true;      // the blank cell (the caller adds it)
                out[i + 1] = true;  // and the "|" that ends it
            }
        }
        return out;
    }

    private static String line(List<Page.Block> bs, int i) {
        Page.Block b = bs.get(i);
        if (b.table()) return "\u0000"; // a table row: never a pipe line nor a bare cell line
        return b.cells().isEmpty() ? "" : b.cells().get(0);
    }

    private static boolean isBareCell(List<Page.Block> bs, int i) {
        String l = line(bs, i);
        return !l.isBlank() && l.indexOf('|') < 0 && l.indexOf('\t') < 0 && l.indexOf('\u0000') < 0;
    }

    /** A line of pipes and spaces only, at least one pipe. */
    private static boolean isPipeLine(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') pipes++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return pipes > 0;
    }

    private static void addBreak(List<Token> out, int block) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == Token.Kind.BREAK) return;
        out.add(Token.rowBreak(block));
    }

    private static Token token(String raw, int block, int cell, boolean positional, boolean row) {
        String s = raw.strip();
        CellValues.Value v = CellValues.classify(s);
        Token.Kind kind = switch (v.semantic()) {
            case EMPTY -> Token.Kind.EMPTY;
            case TEXT -> Token.Kind.TEXT;
            default -> Token.Kind.VALUE;
        };
        return new Token(kind, s, v.semantic(), v.number(), v.unit(), block, cell, positional, row);
    }

    /** Splits one text line into cells; adds nothing for a line that is only a break. */
    static void split(String line, List<String> cells) {
        if (!line.isEmpty() && line.charAt(0) == '\t' && line.indexOf('\t', 1) < 0) {
            cells.add(line.substring(1)); // one cell per line, each behind a TAB; a lone TAB is a blank cell
            return;
        }
        if (isLonePipe(line)) {
            cells.add(""); // one cell per line, each before a pipe: a lone pipe is a blank cell ("||" ends a row)
            return;
        }
        if (line.isBlank() || CellValues.isSeparator(line) || isPageNumber(line)) return;
        if (line.indexOf('\t') >= 0) {
            boolean any = false;
            int from = 0;
            for (int tab = line.indexOf('\t'); from <= line.length(); tab = line.indexOf('\t', from)) {
                String c = line.substring(from, tab < 0 ? line.length() : tab);
                any |= !c.isBlank() && !CellValues.isSeparator(c);
                cells.add(c);
                if (tab < 0) break;
                from = tab + 1;
            }
            if (!any) cells.clear();
            return;
        }
        if (line.indexOf('|') >= 0) {
            String[] parts = line.split("\\|", -1);
            int from = line.strip().startsWith("|") && parts[0].isBlank() ? 1 : 0;
            int to = line.strip().endsWith("|") && parts[parts.length - 1].isBlank() ? parts.length - 1 : parts.length;
            boolean any = false;
            for (int i = from; i < to; i++) {
                any |= !parts[i].isBlank();
                cells.add(parts[i]);
            }
            if (!any) cells.clear();
            return;
        }
        splitSpaced(line, cells);
    }

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "\\s*(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3}\\s*页?)\\s*");

    /** A line holding one pipe and spaces only. */
    private static boolean isLonePipe(String line) {
        int pipes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|') pipes++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return pipes == 1;
    }

    /** Page numbers of PDF text (「- 3 -」, 「第 3 页 共 12 页」): not cells, or they would be read as values. */
    static boolean isPageNumber(String line) {
        if (line.length() > 24) return false;
        boolean marks = false;
        for (int i = 0; i < line.length() && !marks; i++) {
            char c = line.charAt(i);
            marks = c == '-' || c == '—' || c == '–' || c == '页' || c == '/';
        }
        return marks && PAGE_NUMBER.matcher(line).matches();
    }

    /** 「规范性文件 8 8 8」 → label + values; 「0 0 0 0 0 0 0」 → values; anything else stays one cell. */
    private static void splitSpaced(String line, List<String> cells) {
        String t = line.strip();
        if (t.indexOf(' ') < 0 || !mayEndInValue(t)) {
            cells.add(t);
            return;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.length(); ) {
            int end = t.indexOf(' ', i);
            if (end < 0) end = t.length();
            if (end > i) words.add(t.substring(i, end));
            i = end + 1;
        }
        int first = words.size(); // index of the first word of the trailing run of values
        while (first > 0 && isValueWord(words.get(first - 1))) first--;
        int values = words.size() - first;
        if (values == 0 || (values == 1 && first == 0)) {
            cells.add(t);
            return;
        }
        if (first > 0) {
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < first; i++) label.append(words.get(i));
            cells.add(label.toString());
        }
        for (int i = first; i < words.size(); i++) cells.add(words.get(i));
    }

    /** Cheap pre-check: a row of values ends in a digit, a unit or a not-applicable mark. */
    private static boolean mayEndInValue(String t) {
        char c = t.charAt(t.length() - 1);
        return (c >= '0' && c <= '9') || "/／-—–－―无元件个项条次人宗家份万\\*".indexOf(c) >= 0;
    }

    private static boolean isValueWord(String w) {
        Cell.Semantic s = CellValues.classify(w).semantic();
        return s == Cell.Semantic.NUMERIC || s == Cell.Semantic.ZERO || s == Cell.Semantic.NA;
    }
}
