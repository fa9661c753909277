package nianbao.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds one PDF page's lines and table rows from glyph positions (pure geometry, no PDFBox types, so it is easy to
 * test and reason about).
 * <ol>
 *   <li>Lines: glyphs sorted by baseline; a glyph within 0.4 × its size of the line's baseline joins it (jitter,
 *   sub/superscripts), then the line is sorted by x.</li>
 *   <li>Cells: a horizontal gap wider than 1.6 × the line's typical character width (a CJK glyph counts as two
 *   characters) starts a new cell; a smaller gap above 0.2 em is a space inside the cell.</li>
 *   <li>Table regions: a line with two or more cells starts one; it goes on over lines of the same font size, with
 *   one-cell lines (wrapped labels, labels centred in a tall cell, rows whose values are all empty, title rows)
 *   allowed in between. A vertical gap, a change of font size (the paragraph after a table, a section heading),
 *   a wrapping paragraph line, one-cell lines not followed by another row, or a line whose cells cross an earlier
 *   line's columns (the next table, with its own grid) ends it. A title row (a one-cell line that is a row of its
 *   own, centred over the table: 「第二十条第（五）项」) starts a new sub-table, so stacked tables each get their
 *   own grid.</li>
 *   <li>Each region is laid out on its own column grid by {@link PdfTable}; a table continued at the top of the next
 *   page may keep the grid it had ({@link Carry}).</li>
 * </ol>
 * Lines outside regions become line blocks; the wrapped lines of a paragraph are joined into one.
 */
final class PdfLayout {
    /** A vertical gap above this many font sizes between two lines ends a table region. */
    private static final float MAX_GAP = 3.5f;
    /** ... unless the table's values line up across it (blank rows print nothing), up to this many sizes. */
    private static final float FAR_GAP = 12f;
    /** Font sizes that differ by more than this fraction are different kinds of text (table vs body, heading). */
    private static final float SIZE_TOLERANCE = 0.06f;
    /** At most this many one-cell lines in a row inside a table region (a run of blank rows, each only a label). */
    private static final int MAX_SINGLE_RUN = 30;

    private PdfLayout() {
    }

    /** One glyph: horizontal extent, baseline y (top-down), height, font size, text. */
    record Glyph(float x0, float x1, float y, float h, float size, String text) {
    }

    record Cell(float x0, float x1, String text) {
        float center() {
            return (x0 + x1) / 2;
        }
    }

    record Line(float y, float size, List<Cell> cells) {
        boolean single() {
            return cells.size() < 2;
        }
    }

    /** The page's blocks; {@code pageWidth} (the text direction's page width, 0 when unknown) tells where the right
     * margin can be. */
    static List<Page.Block> blocks(List<Glyph> glyphs, float pageWidth) {
        return blocks(glyphs, pageWidth, new Carry());
    }

    /**
     * The column grid of a table running off the bottom of a page, for the next page: a table continued at the top of
     * a page may have no header there and blank columns in its first rows, so its own cells cannot show every column.
     */
    static final class Carry {
        float[][] bands;
    }

    /** The page's blocks, with the grid of a table continued from the previous page in {@code carry} (updated). */
    static List<Page.Block> blocks(List<Glyph> glyphs, float pageWidth, Carry carry) {
        List<Line> lines = lines(glyphs);
        boolean[] flows = flows(lines, pageWidth);
        List<Page.Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).single()) {
                String text = lines.get(i).cells().get(0).text();
                if (i > 0 && flows[i - 1] && !out.isEmpty() && !out.get(out.size() - 1).table()) {
                    out.set(out.size() - 1, Page.Block.line(join(out.get(out.size() - 1).text(), text)));
                } else {
                    out.add(Page.Block.line(text));
                }
                i++;
                continue;
            }
            int end = regionEnd(lines, i, flows);
            int start = regionStart(lines, i, flows, out);
            boolean top = out.isEmpty();
            for (List<Line> sub : subTables(lines.subList(start, end))) {
                if (sub.size() == 1 && sub.get(0).single()) {
                    out.add(Page.Block.line(sub.get(0).cells().get(0).text())); // a heading between two tables
                    continue;
                }
                PdfTable.Laid laid = PdfTable.rows(sub, top ? carry.bands : null);
                out.addAll(laid.rows());
                carry.bands = laid.bands();
                top = false;
            }
            i = end;
        }
        if (out.isEmpty() || !out.get(out.size() - 1).table()) carry.bands = null;
        return out;
    }

    /**
     * {@code flows[i]}: line i is a paragraph line that wraps into line i + 1 (both one-cell lines of the same size,
     * one line apart, line i running to the right edge of the page's text, in the right quarter of the page), so the
     * two are one paragraph, as HTML and Word give it.
     */
    private static boolean[] flows(List<Line> lines, float pageWidth) {
        boolean[] flows = new boolean[lines.size()];
        float right = -Float.MAX_VALUE;
        for (Line l : lines) if (l.single()) right = Math.max(right, l.cells().get(0).x1());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            flows[i] = a.single() && b.single() && sameSize(a.size(), b.size())
                    && b.y() - a.y() < 2.2f * a.size()
                    && a.cells().get(0).x1() >= right - 2 * a.size()
                    && a.cells().get(0).x1() >= 0.75f * pageWidth;
        }
        return flows;
    }

    private static String join(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return a + b;
        boolean cjk = a.charAt(a.length() - 1) > 0x2E80 || b.charAt(0) > 0x2E80;
        return cjk ? a + b : a + " " + b;
    }

    static List<Line> lines(List<Glyph> glyphs) {
        Glyph[] g = glyphs.toArray(new Glyph[0]);
        Arrays.sort(g, Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x0));
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= g.length; k++) {
            boolean breakHere = k == g.length;
            if (!breakHere) {
                float tol = 0.4f * Math.min(g[k].size(), g[start].size());
                breakHere = Math.abs(g[k].y() - g[start].y()) > tol;
            }
            if (breakHere && k > start) {
                Glyph[] line = Arrays.copyOfRange(g, start, k);
                Arrays.sort(line, Comparator.comparingDouble(Glyph::x0));
                lines.add(line(line));
                start = k;
            }
        }
        return lines;
    }

    private static Line line(Glyph[] g) {
        float[] units = new float[g.length];
        float[] sizes = new float[g.length];
        for (int k = 0; k < g.length; k++) {
            float w = Math.max(g[k].x1() - g[k].x0(), 0.1f);
            units[k] = isWide(g[k].text()) ? w / 2 : w / Math.max(g[k].text().length(), 1);
            sizes[k] = g[k].size();
        }
        float unit = median(units);
        float size = median(sizes);
        float cellGap = 1.6f * unit;
        float spaceGap = 0.2f * size;
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder(g[0].text());
        float x0 = g[0].x0();
        float x1 = g[0].x1();
        for (int k = 1; k < g.length; k++) {
            float gap = g[k].x0() - x1;
            if (gap > cellGap) {
                cells.add(new Cell(x0, x1, text.toString()));
                text.setLength(0);
                x0 = g[k].x0();
            } else if (gap > spaceGap) {
                text.append(' ');
            }
            text.append(g[k].text());
            x1 = Math.max(x1, g[k].x1());
        }
        cells.add(new Cell(x0, x1, text.toString()));
        return new Line(g[0].y(), size, cells);
    }

    /**
     * The index after the last line of the table region starting at {@code start} (a line with ≥ 2 cells). One-cell
     * lines are taken in only between multi-cell lines, at most {@link #MAX_SINGLE_RUN} in a row and none of them
     * a wrapping paragraph line (the lines of a tall row: wrapped labels, a label centred over several rows; rows
     * whose values are all blank).
     */
    private static int regionEnd(List<Line> lines, int start, boolean[] flows) {
        float size = lines.get(start).size();
        List<Line> rows = new ArrayList<>();
        rows.add(lines.get(start));
        int k = start + 1;
        while (k < lines.size()) {
            int j = k;
            boolean near = true;
            while (j < lines.size() && lines.get(j).single() && j - k <= MAX_SINGLE_RUN && fits(lines, j, size, FAR_GAP)
                    && !flows[j]) {
                near &= fits(lines, j, size, MAX_GAP);
                j++;
            }
            if (j >= lines.size() || j - k > MAX_SINGLE_RUN || lines.get(j).single()
                    || !fits(lines, j, size, FAR_GAP)) {
                break;
            }
            Line cur = lines.get(j);
            near &= fits(lines, j, size, MAX_GAP);
            // rows whose cells are all blank print nothing: past such a hole the table goes on only if the values
            // line up with its columns
            if (!near && !valuesAligned(cur, rows)) break;
            if (crossesAny(cur, rows)) break;
            rows.add(cur);
            k = j + 1;
        }
        return k;
    }

    /** Whether line k continues the table above it: at most {@code gap} sizes below the previous line, in the
     * table's font size. */
    private static boolean fits(List<Line> lines, int k, float size, float gap) {
        Line prev = lines.get(k - 1);
        Line cur = lines.get(k);
        return cur.y() - prev.y() <= gap * Math.max(prev.size(), cur.size()) && sameSize(cur.size(), size);
    }

    /** Two or more value cells, each under a cell (a value or a column header) of one of the rows. */
    private static boolean valuesAligned(Line line, List<Line> rows) {
        int n = 0;
        for (Cell c : line.cells()) {
            if (!PdfTable.isValue(c.text())) continue;
            boolean under = false;
            for (Line r : rows) {
                for (Cell o : r.cells()) {
                    under |= overlap(c.x0(), c.x1(), o.x0(), o.x1()) > 0;
                }
            }
            if (!under) return false;
            n++;
        }
        return n >= 2;
    }

    /**
     * The first line of the region whose first multi-cell line is {@code first}: one-cell lines just above it in the
     * table's font size (a title row, a header label centred in a tall cell) belong to the table. They were emitted
     * as line blocks already; those are taken back.
     */
    private static int regionStart(List<Line> lines, int first, boolean[] flows, List<Page.Block> out) {
        int start = first;
        float size = lines.get(first).size();
        while (start > 0 && first - start < 2) {
            Line above = lines.get(start - 1);
            Line below = lines.get(start);
            if (!above.single() || !sameSize(above.size(), size)) break;
            if (start >= 2 && flows[start - 2]) break; // the end of a paragraph, not a table's title
            if (below.y() - above.y() > MAX_GAP * size) break;
            if (out.isEmpty() || out.get(out.size() - 1).table()) break;
            out.remove(out.size() - 1);
            start--;
        }
        return start;
    }

    /**
     * Splits a region at title rows and headings: one-cell lines that are a row of their own (a row pitch away from
     * both neighbours, not a label fragment between the lines of a tall row) and either centred over the table
     * (「第二十条第（五）项」 above each sub-table of section 二, which may have its own grid; it starts the next
     * sub-table) or running across columns of the rows above and below (a section heading in the table's font size
     * between two tables; it becomes a one-line part of its own, emitted as a line).
     */
    private static List<List<Line>> subTables(List<Line> region) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float[] ys = new float[region.size()];
        for (int k = 0; k < ys.length; k++) {
            Line l = region.get(k);
            ys[k] = l.y();
            if (l.single()) continue;
            left = Math.min(left, l.cells().get(0).x0());
            right = Math.max(right, l.cells().get(l.cells().size() - 1).x1());
        }
        float pitch = rowPitch(ys, region.get(0).size());
        List<List<Line>> out = new ArrayList<>();
        float mid = (left + right) / 2;
        int from = 0;
        for (int k = 1; k + 1 < region.size(); k++) {
            Line l = region.get(k);
            if (!l.single() || !hasMulti(region, from, k)) continue;
            Cell c = l.cells().get(0);
            boolean ownRow = l.y() - region.get(k - 1).y() > 0.8f * pitch
                    && region.get(k + 1).y() - l.y() > 0.8f * pitch;
            if (!ownRow) continue;
            if (Math.abs(c.center() - mid) < 0.08f * (right - left)) {
                out.add(region.subList(from, k));
                from = k;
            } else if (crossesColumns(c, region.subList(from, k)) && crossesColumns(c, region.subList(k + 1,
                    Math.min(region.size(), k + 4)))) {
                out.add(region.subList(from, k));
                out.add(region.subList(k, k + 1));
                from = k + 1;
            }
        }
        out.add(region.subList(from, region.size()));
        return out;
    }

    /**
     * A table's row pitch from its lines' baselines: the median distance between consecutive lines, leaving out
     * distances under 1.2 font sizes (text of one row centred between the lines of a taller one); 1.8 sizes when
     * there is none.
     */
    static float rowPitch(float[] ys, float size) {
        float[] d = new float[Math.max(ys.length - 1, 0)];
        int n = 0;
        for (int k = 1; k < ys.length; k++) {
            float dy = ys[k] - ys[k - 1];
            if (dy >= 1.2f * size) d[n++] = dy;
        }
        return n == 0 ? 1.8f * size : median(Arrays.copyOf(d, n));
    }

    /** Whether the cell runs across two cells of one of the lines. */
    private static boolean crossesColumns(Cell c, List<Line> lines) {
        for (Line l : lines) if (overlapCount(c, l) >= 2) return true;
        return false;
    }

    private static boolean hasMulti(List<Line> region, int from, int to) {
        for (int j = from; j < to; j++) if (!region.get(j).single()) return true;
        return false;
    }

    /**
     * Whether {@code line} and one of {@code rows} have incompatible columns: each has a cell spanning two cells of
     * the other. (A header cell spanning sub-headers spans cells of the lines below, but none of those spans two of
     * its cells.)
     */
    private static boolean crossesAny(Line line, List<Line> rows) {
        for (Line r : rows) {
            if (spansTwo(line, r) && spansTwo(r, line)) return true;
        }
        return false;
    }

    private static boolean spansTwo(Line a, Line b) {
        for (Cell c : a.cells()) if (overlapCount(c, b) >= 2) return true;
        return false;
    }

    /** How many cells of {@code line} the cell overlaps by more than a hair. */
    static int overlapCount(Cell c, Line line) {
        int n = 0;
        for (Cell o : line.cells()) if (overlap(c.x0(), c.x1(), o.x0(), o.x1()) > 0.5f) n++;
        return n;
    }

    private static boolean sameSize(float a, float b) {
        return Math.abs(a - b) <= SIZE_TOLERANCE * Math.max(a, b);
    }

    static float overlap(float a0, float a1, float b0, float b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    private static boolean isWide(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        return cp >= 0x2E80 && cp <= 0xFFEF && !(cp >= 0xFF61 && cp <= 0xFF9F);
    }

    static float median(float[] v) {
        float[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
