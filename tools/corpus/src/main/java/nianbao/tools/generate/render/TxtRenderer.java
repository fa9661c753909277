package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;
import nianbao.tools.generate.Grid;
import nianbao.tools.generate.Noise;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plain text the way real reports reach us (copied from web pages and Word): tables flattened into one of several
 * layouts seen in the wild, in UTF-8 or GB18030.
 * <ul>
 *   <li>{@code CELL_LINES}: one cell per line with a leading TAB, rows separated by blank lines; a spanned position
 *   is an empty TAB line (seeds 000, 003, 004)</li>
 *   <li>{@code PIPE_CELLS}: one cell per line followed by " |", rows separated by lines of pipes (seed 001)</li>
 *   <li>{@code TAB_ROWS}: one row per line, cells separated by TABs, spanned positions empty (seed 002)</li>
 *   <li>{@code PIPE_ROWS}: one row per line, "| a | b |"</li>
 *   <li>{@code SPACE_ROWS}: one row per line, cells separated by spaces, empty cells vanish (PDF text); used only
 *   when no value cell is blank, since a vanished blank would move the values after it</li>
 *   <li>{@code SPACED_CELLS} (noise {@code blank_lines}): one cell per line with a blank line after every cell and
 *   now and then a second one inside a row, as portal pages copy out (real n04, n05, s01)</li>
 *   <li>{@code PIPE_LINES} (noise {@code stray_pipes}): each cell, then a line "|"; a cell spanning k columns is
 *   followed by a stray line of k pipes (real n01)</li>
 * </ul>
 */
public final class TxtRenderer implements Renderer {
    enum Layout { CELL_LINES, PIPE_CELLS, TAB_ROWS, PIPE_ROWS, SPACE_ROWS, SPACED_CELLS, PIPE_LINES }

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public byte[] render(Doc doc, SplittableRandom rnd) {
        Layout layout = Layout.values()[rnd.nextInt(Layout.SPACED_CELLS.ordinal())];
        if (layout == Layout.SPACE_ROWS && hasBlankValue(doc)) layout = Layout.TAB_ROWS;
        // a cell merged over two value columns, printed positionally, would read as a value and a blank cell (the
        // value known, under the first column); real copies print the row short by one instead (n04)
        if ((layout == Layout.TAB_ROWS || layout == Layout.PIPE_ROWS) && doc.noise().contains(Noise.MERGED_CELL)) {
            layout = Layout.CELL_LINES;
        }
        if (doc.noise().contains(Noise.BLANK_LINES)) layout = Layout.SPACED_CELLS;
        if (doc.noise().contains(Noise.STRAY_PIPES)) layout = Layout.PIPE_LINES;
        boolean blankBetween = rnd.nextInt(2) == 0;
        String indent = switch (rnd.nextInt(3)) {
            case 0 -> "    ";
            case 1 -> "\u3000\u3000";
            default -> "";
        };
        StringBuilder sb = new StringBuilder(16 * 1024);
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Para p) {
                sb.append(p.style() == Doc.Style.BODY ? indent : "").append(p.text()).append('\n');
                if (blankBetween) sb.append('\n');
            } else {
                table(sb, (Doc.Table) b, layout, rnd.nextInt(2) == 0, rnd);
                sb.append('\n');
            }
        }
        String text = sb.toString();
        if (rnd.nextInt(5) == 0) text = text.replace("\n", "\r\n");
        return text.getBytes(rnd.nextInt(10) < 3 ? GB18030 : StandardCharsets.UTF_8);
    }

    static boolean hasBlankValue(Doc doc) {
        for (Doc.Table t : doc.tables()) {
            for (List<Doc.TCell> r : t.rows()) for (Doc.TCell c : r) if (c.ref() != null && c.text().isEmpty()) return true;
        }
        return false;
    }

    static void table(StringBuilder sb, Doc.Table t, Layout layout, boolean placeholders) {
        table(sb, t, layout, placeholders, new SplittableRandom(0));
    }

    static void table(StringBuilder sb, Doc.Table t, Layout layout, boolean placeholders, SplittableRandom rnd) {
        Grid g = t.grid();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> cells = switch (layout) {
                case CELL_LINES, PIPE_CELLS -> slots(t, g, r, placeholders);
                case PIPE_LINES, SPACED_CELLS -> slots(t, g, r, false);
                case TAB_ROWS, PIPE_ROWS -> positions(t, g, r, layout == Layout.TAB_ROWS || placeholders);
                case SPACE_ROWS -> slots(t, g, r, false);
            };
            switch (layout) {
                case CELL_LINES -> {
                    for (String c : cells) sb.append('\t').append(c).append('\n');
                    sb.append('\n');
                }
                case PIPE_CELLS -> {
                    for (String c : cells) sb.append(c.replace("\n", "")).append(" |\n");
                    sb.append(r < 3 ? "|||||" : "||").append('\n');
                }
                case SPACED_CELLS -> {
                    for (int i = 0; i < cells.size(); i++) {
                        // a blank cell is a line of spaces; a blank line only separates
                        String c = cells.get(i);
                        sb.append(c.isEmpty() ? " " : c).append("\n\n");
                        if (i > 0 && i < cells.size() - 1 && rnd.nextInt(20) == 0) sb.append('\n'); // a stray one
                    }
                }
                case PIPE_LINES -> {
                    List<Doc.TCell> row = t.rows().get(r);
                    for (int i = 0; i < cells.size(); i++) {
                        sb.append(cells.get(i).replace("\n", "")).append("\n|\n");
                        int span = i < row.size() ? row.get(i).colspan() : 1;
                        if (span > 1) sb.append("|".repeat(span)).append('\n');
                    }
                }
                case TAB_ROWS -> sb.append(String.join("\t", oneLine(cells))).append('\n');
                case PIPE_ROWS -> sb.append("| ").append(String.join(" | ", oneLine(cells))).append(" |\n");
                case SPACE_ROWS -> {
                    List<String> kept = new ArrayList<>();
                    for (String c : oneLine(cells)) if (!c.isBlank()) kept.add(c);
                    sb.append(String.join(" ", kept)).append('\n');
                }
            }
        }
    }

    /** The row's cells in grid order, with one empty slot per cell spanning down into the row (if wanted). */
    private static List<String> slots(Doc.Table t, Grid g, int r, boolean placeholders) {
        List<Doc.TCell> cells = t.rows().get(r);
        List<String> out = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < g.cols(); c++) {
            if (i < cells.size() && g.start()[r][i] == c) {
                out.add(cells.get(i).text());
                i++;
            } else if (placeholders && g.coveredBy()[r][c] >= 0 && (c == 0 || g.coveredBy()[r][c - 1] != g.coveredBy()[r][c])) {
                out.add(""); // one placeholder per cell spanning down into this row, not per covered column
            }
        }
        while (i < cells.size()) out.add(cells.get(i++).text());
        return out;
    }

    /** The row as grid positions: a cell spanning columns is followed by empty positions; spanned-down ones empty. */
    private static List<String> positions(Doc.Table t, Grid g, int r, boolean covered) {
        List<Doc.TCell> cells = t.rows().get(r);
        List<String> out = new ArrayList<>();
        int i = 0;
        for (int c = 0; c < g.cols(); c++) {
            if (i < cells.size() && g.start()[r][i] == c) {
                Doc.TCell cell = cells.get(i++);
                out.add(cell.text());
                for (int k = 1; k < cell.colspan(); k++) out.add("");
                c += cell.colspan() - 1;
            } else if (covered && g.coveredBy()[r][c] >= 0) {
                out.add("");
            }
        }
        return out;
    }

    private static List<String> oneLine(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) out.add(c.replace("\n", ""));
        return out;
    }
}
