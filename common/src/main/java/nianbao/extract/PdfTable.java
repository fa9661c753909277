package nianbao.extract;

import nianbao.extract.PdfLayout.Cell;
import nianbao.extract.PdfLayout.Line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays one table region of a PDF page out on its own column grid and rebuilds its rows.
 * <ol>
 *   <li>Columns ("bands") come from the x-extents of the region's cells. Lines with the most cells go first (value
 *   rows, whose cells are one per column), narrow cells before wide ones; a cell overlapping no band starts one, a cell
 *   overlapping one band widens it (unless it would then reach another band), a cell overlapping two or more spans
 *   them and defines none. So a spanning header or label never merges two columns. A lone CJK character (a piece of a
 *   letter-spaced 「总    计」) defines no column either.</li>
 *   <li>Each line is laid out on the bands: a cell goes to the band(s) it overlaps (the nearest when none), the first
 *   gets the text and the others it spans get "", bands nothing falls in are "". An empty cell thus stays an empty
 *   position instead of vanishing as it does in plain text extraction.</li>
 *   <li>A line without values whose cells are fragments of a neighbouring row is merged into that row: when it sits
 *   closer than a row pitch to it and either fills only positions that are empty there (a label centred in a tall
 *   cell, between the wrapped lines of which the values line sits) or continues text in the same column (a wrapped
 *   label's next line).</li>
 * </ol>
 */
final class PdfTable {
    /** A fragment is at most this fraction of the table's row pitch away from the row it joins. */
    private static final float MERGE_DISTANCE = 0.8f;
    private static final Pattern VALUE = Pattern.compile(
            "[-+−－]?[0-9０-９][0-9０-９,，.]*\\s*(%|元|万元|亿元|件|个|项|人次|次)?|[/／\\-－—–]+");

    private PdfTable() {
    }

    /** A text cell laid out on the bands: it covers bands {@code first..last}; y is the baseline of its last line. */
    private record Slot(int first, int last, String text, float y) {
        boolean meets(Slot o) {
            return first <= o.last && o.first <= last;
        }
    }

    /** A laid-out line: its cells on the bands, left to right, and its baseline. */
    private static final class Row {
        final float y;
        final float size;
        final List<Slot> cells;
        final boolean values;

        Row(float y, float size, List<Slot> cells) {
            this.y = y;
            this.size = size;
            this.cells = cells;
            boolean v = false;
            for (Slot c : cells) v |= isValue(c.text());
            this.values = v;
        }

        List<String> render(int bands) {
            String[] out = new String[bands];
            java.util.Arrays.fill(out, "");
            for (Slot c : cells) out[c.first()] = out[c.first()].isEmpty() ? c.text() : out[c.first()] + " " + c.text();
            return List.of(out);
        }
    }

    /** A region's rows and the column grid they were laid out on. */
    record Laid(List<Page.Block> rows, float[][] bands) {
    }

    /**
     * @param carried the grid of the table at the bottom of the previous page when this region is at the top of the
     *                page, else null: it is kept when the region's values fall one per column into it (the same
     *                table, continued)
     */
    static Laid rows(List<Line> region, float[][] carried) {
        float[][] bands = bands(region, fits(region, carried) ? carried : null);
        List<Row> laid = new ArrayList<>(region.size());
        for (Line line : region) laid.add(new Row(line.y(), line.size(), layout(line, bands)));
        float reach = MERGE_DISTANCE * pitch(laid, region);
        List<Row> merged = merge(laid, reach);
        List<Page.Block> out = new ArrayList<>(merged.size());
        for (Row r : merged) out.add(Page.Block.row(r.render(bands.length)));
        return new Laid(out, bands);
    }

    /** Column bands [x0, x1] of a region, left to right. */
    /** Whether every value cell of the region lies in exactly one of the carried bands (and there is one). */
    private static boolean fits(List<Line> region, float[][] carried) {
        if (carried == null) return false;
        int values = 0;
        for (Line l : region) {
            for (Cell c : l.cells()) {
                if (!isValue(c.text())) continue;
                int hits = 0;
                for (float[] b : carried) if (PdfLayout.overlap(c.x0(), c.x1(), b[0], b[1]) > 0) hits++;
                if (hits != 1) return false;
                values++;
            }
        }
        return values > 0;
    }

    static float[][] bands(List<Line> region, float[][] seed) {
        List<Line> multi = new ArrayList<>();
        for (Line l : region) if (!l.single()) multi.add(l);
        if (multi.isEmpty()) multi.addAll(region);
        multi.sort(Comparator.comparingInt((Line l) -> -l.cells().size()));
        List<float[]> bands = new ArrayList<>();
        if (seed != null) for (float[] b : seed) bands.add(b.clone());
        for (Line l : multi) {
            List<Cell> cells = new ArrayList<>(l.cells());
            cells.sort(Comparator.comparingDouble(c -> c.x1() - c.x0()));
            for (Cell c : cells) {
                if (!isGlyph(c.text())) place(c, bands);
            }
        }
        // a one-cell line only adds a column no other line has (a label printed once, centred over the rows it spans)
        for (Line l : region) {
            if (!l.single() || isGlyph(l.cells().get(0).text())) continue;
            Cell c = l.cells().get(0);
            boolean free = true;
            for (float[] b : bands) free &= PdfLayout.overlap(c.x0(), c.x1(), b[0], b[1]) <= 0;
            if (free) bands.add(new float[]{c.x0(), c.x1()});
        }
        bands.sort(Comparator.comparingDouble(b -> b[0]));
        return bands.toArray(new float[0][]);
    }

    private static void place(Cell c, List<float[]> bands) {
        float[] hit = null;
        int hits = 0;
        for (float[] b : bands) {
            if (PdfLayout.overlap(c.x0(), c.x1(), b[0], b[1]) > 0) {
                hit = b;
                hits++;
            }
        }
        if (hits == 0) {
            bands.add(new float[]{c.x0(), c.x1()});
        } else if (hits == 1) {
            float x0 = Math.min(hit[0], c.x0());
            float x1 = Math.max(hit[1], c.x1());
            for (float[] b : bands) {
                if (b != hit && PdfLayout.overlap(x0, x1, b[0], b[1]) > 0) return; // would merge two columns
            }
            hit[0] = x0;
            hit[1] = x1;
        }
        // hits >= 2: a cell spanning several columns does not define one
    }

    private static List<Slot> layout(Line line, float[][] bands) {
        List<Slot> slots = new ArrayList<>(line.cells().size());
        for (Cell c : line.cells()) {
            int first = -1;
            int last = -1;
            for (int b = 0; b < bands.length; b++) {
                if (PdfLayout.overlap(c.x0(), c.x1(), bands[b][0], bands[b][1]) > 0) {
                    if (first < 0) first = b;
                    last = b;
                }
            }
            if (first < 0) first = last = nearest(bands, c.center());
            slots.add(new Slot(first, last, c.text(), line.y()));
        }
        return slots;
    }

    /** The table's row pitch ({@link PdfLayout#rowPitch}). */
    private static float pitch(List<Row> rows, List<Line> region) {
        float[] ys = new float[rows.size()];
        for (int k = 0; k < ys.length; k++) ys[k] = rows.get(k).y;
        return PdfLayout.rowPitch(ys, region.get(0).size());
    }

    /** Merges value-less fragment lines into the neighbouring row they belong to (see the class comment). */
    private static List<Row> merge(List<Row> rows, float reach) {
        List<Row> out = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (r.values || r.cells.isEmpty()) {
                out.add(r);
                continue;
            }
            Row prev = out.isEmpty() ? null : out.get(out.size() - 1);
            Row next = k + 1 < rows.size() ? rows.get(k + 1) : null;
            int pk = kind(r, prev, reach);
            int nk = kind(r, next, reach);
            Row target = null;
            if (pk > 0 && nk > 0) {
                float dp = r.y - prev.y;
                float dn = next.y - r.y;
                if (Math.abs(dp - dn) > 0.5f) target = dp < dn ? prev : next;
                else target = pk < nk ? prev : next; // a label centred between two rows: read before the lower one
            } else if (pk > 0) {
                target = prev;
            } else if (nk > 0) {
                target = next;
            }
            if (target == null) {
                out.add(r);
            } else if (target == prev) {
                out.set(out.size() - 1, join(prev, r, prev.y));
            } else {
                rows.set(k + 1, join(r, next, next.y));
            }
        }
        return out;
    }

    /**
     * How {@code frag} may join {@code row}: 1 = its cells fall where the row has none, 2 = it continues label text
     * of a row with values or, one line lead away, a header cell's text (a wrapped cell's next line), 0 = not at all
     * (too far, or it would mix into values).
     */
    private static int kind(Row frag, Row row, float reach) {
        if (row == null || Math.abs(row.y - frag.y) >= reach) return 0;
        boolean disjoint = true;
        boolean nextLine = true;
        for (Slot f : frag.cells) {
            for (Slot c : row.cells) {
                if (!f.meets(c)) continue;
                if (isValue(c.text())) return 0;
                disjoint = false;
                float dy = Math.abs(f.y() - c.y());
                nextLine &= dy >= 1.1f * frag.size && dy <= 1.6f * frag.size;
            }
        }
        // into a row of values, or into a header line; never into another one-cell line (a blank row's label)
        if (disjoint) return row.values || row.cells.size() >= 2 ? 1 : 0;
        // without values, only a cell's next line (a line lead away) continues it: text nearer is another row's,
        // centred in a taller cell
        return row.values || nextLine ? 2 : 0;
    }

    /** The two rows as one at baseline {@code y} (the row joined); text of cells that meet is joined, upper first. */
    private static Row join(Row upper, Row lower, float y) {
        List<Slot> cells = new ArrayList<>(upper.cells);
        for (Slot l : lower.cells) {
            int hit = -1;
            for (int i = 0; i < cells.size() && hit < 0; i++) if (cells.get(i).meets(l)) hit = i;
            if (hit < 0) {
                cells.add(l);
            } else {
                Slot u = cells.get(hit);
                cells.set(hit, new Slot(Math.min(u.first(), l.first()), Math.max(u.last(), l.last()),
                        concat(u.text(), l.text()), l.y()));
            }
        }
        cells.sort(java.util.Comparator.comparingInt(Slot::first));
        return new Row(y, Math.max(upper.size, lower.size), cells);
    }

    private static String concat(String a, String b) {
        boolean cjk = a.charAt(a.length() - 1) > 0x2E80 || b.charAt(0) > 0x2E80;
        return cjk ? a + b : a + " " + b;
    }

    private static int nearest(float[][] bands, float x) {
        int best = 0;
        float bestD = Float.MAX_VALUE;
        for (int b = 0; b < bands.length; b++) {
            float d = Math.abs((bands[b][0] + bands[b][1]) / 2 - x);
            if (d < bestD) {
                bestD = d;
                best = b;
            }
        }
        return best;
    }

    /** One CJK character alone: a piece of a letter-spaced (「总    计」) or wrapped header, never a column of its own. */
    private static boolean isGlyph(String s) {
        return s.length() == 1 && s.charAt(0) >= 0x2E80;
    }

    static boolean isValue(String s) {
        return !s.isEmpty() && VALUE.matcher(s.strip()).matches();
    }
}
