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
 *   <li>Tables: consecutive lines with two or more cells form a table region; a one-cell line between them (a row
 *   whose values are all empty, a wrapped label) belongs to it. The region's columns ("bands") are built from its
 *   cells, narrowest first, so value and header cells define columns before wide spanning labels; every line of the
 *   region is then laid out on those bands: a cell goes to the band(s) it overlaps (the nearest when none), the first
 *   band gets the text and the other bands it spans get "", and bands nothing falls in are "". That way an empty
 *   cell stays an empty position instead of vanishing, as it does in plain text extraction.</li>
 * </ol>
 * Lines outside regions become line blocks.
 */
final class PdfLayout {
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
    }

    static List<Page.Block> blocks(List<Glyph> glyphs) {
        List<Line> lines = lines(glyphs);
        List<Page.Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).cells().size() < 2) {
                out.add(Page.Block.line(lines.get(i).cells().get(0).text()));
                i++;
                continue;
            }
            int end = regionEnd(lines, i);
            out.addAll(table(lines.subList(i, end)));
            i = end;
        }
        return out;
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

    /** The index after the last line of the table region starting at {@code start} (a line with ≥ 2 cells). */
    private static int regionEnd(List<Line> lines, int start) {
        int lastTable = start;
        for (int k = start + 1; k < lines.size(); k++) {
            Line prev = lines.get(k - 1);
            Line cur = lines.get(k);
            if (cur.y() - prev.y() > 3.5f * Math.max(prev.size(), cur.size())) break;
            if (cur.cells().size() >= 2) {
                lastTable = k;
            } else if (k - lastTable > 2) {
                break; // three one-cell lines in a row: back to running text
            }
        }
        return lastTable + 1;
    }

    private static List<Page.Block> table(List<Line> region) {
        float[][] bands = bands(region);
        List<Page.Block> rows = new ArrayList<>(region.size());
        for (Line line : region) {
            String[] slots = new String[bands.length];
            for (Cell c : line.cells()) {
                int first = -1;
                int last = -1;
                for (int b = 0; b < bands.length; b++) {
                    if (overlap(c.x0(), c.x1(), bands[b][0], bands[b][1]) > 0) {
                        if (first < 0) first = b;
                        last = b;
                    }
                }
                if (first < 0) first = last = nearest(bands, c.center());
                slots[first] = slots[first] == null || slots[first].isEmpty() ? c.text() : slots[first] + " " + c.text();
                for (int b = first + 1; b <= last; b++) {
                    if (slots[b] == null) slots[b] = "";
                }
            }
            List<String> cells = new ArrayList<>(bands.length);
            for (String s : slots) cells.add(s == null ? "" : s);
            rows.add(Page.Block.row(cells));
        }
        return rows;
    }

    /** Column bands [x0, x1] of a region, left to right. */
    static float[][] bands(List<Line> region) {
        List<Cell> cells = new ArrayList<>();
        for (Line l : region) {
            if (l.cells().size() >= 2) cells.addAll(l.cells());
        }
        cells.sort(Comparator.comparingDouble(c -> c.x1() - c.x0()));
        List<float[]> bands = new ArrayList<>();
        for (Cell c : cells) {
            float[] hit = null;
            int hits = 0;
            for (float[] b : bands) {
                if (overlap(c.x0(), c.x1(), b[0], b[1]) > 0) {
                    hit = b;
                    hits++;
                }
            }
            if (hits == 0) {
                bands.add(new float[]{c.x0(), c.x1()});
            } else if (hits == 1) {
                hit[0] = Math.min(hit[0], c.x0());
                hit[1] = Math.max(hit[1], c.x1());
            }
            // hits >= 2: a cell spanning several columns does not define one
        }
        bands.sort(Comparator.comparingDouble(b -> b[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] b : bands) {
            float[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && b[0] < last[1]) {
                last[1] = Math.max(last[1], b[1]);
            } else {
                merged.add(b);
            }
        }
        return merged.toArray(new float[0][]);
    }

    private static float overlap(float a0, float a1, float b0, float b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
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

    private static boolean isWide(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        return cp >= 0x2E80 && cp <= 0xFFEF && !(cp >= 0xFF61 && cp <= 0xFF9F);
    }

    private static float median(float[] v) {
        float[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
