package nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet's cells as the Excel readers find them (any order), turned into row blocks: rows in order, cells by
 * column index with gaps kept as "", columns left of the sheet's first used column dropped, positions covered by a
 * merged region other than its top-left cell "" (also where the region reaches right of the row's last cell), rows
 * without any text skipped. Not thread-safe: one per sheet.
 */
final class SheetGrid {
    /** Merged regions wider or taller than this are cut (whole-column merges exist in the wild). */
    private static final int MAX_MERGE_COLS = 1000;
    private static final int MAX_MERGE_ROWS = 10_000;

    private final TreeMap<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    private final List<int[]> merges = new ArrayList<>();

    void cell(int row, int col, String text) {
        if (row < 0 || col < 0) return;
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, DocxExtractor.tidy(text));
    }

    void merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        merges.add(new int[]{firstRow, Math.min(lastRow, firstRow + MAX_MERGE_ROWS),
                firstCol, Math.min(lastCol, firstCol + MAX_MERGE_COLS)});
    }

    /** "B3:E4" (or "B3") → a merged region; malformed references are ignored. */
    void merge(String ref) {
        String[] ends = ref.split(":");
        int[] a = CellRef.parse(ends[0]);
        int[] b = ends.length > 1 ? CellRef.parse(ends[1]) : a;
        if (a != null && b != null) merge(a[0], b[0], a[1], b[1]);
    }

    void addBlocks(List<Page.Block> out) {
        Map<Integer, Integer> mergedEnd = new TreeMap<>();
        Budget budget = Budget.current();
        for (int[] m : merges) {
            // only the rows that exist: a merge over 10,000 empty rows costs nothing
            for (Map.Entry<Integer, TreeMap<Integer, String>> e : rows.subMap(m[0], true, m[1], true).entrySet()) {
                int r = e.getKey();
                TreeMap<Integer, String> row = e.getValue();
                mergedEnd.merge(r, m[3] + 1, Math::max);
                budget.cells(m[3] - m[2] + 1);
                if (row.isEmpty()) continue;
                for (int c = m[2]; c <= m[3]; c++) {
                    if (r != m[0] || c != m[2]) row.remove(c);
                }
            }
        }
        int minCol = Integer.MAX_VALUE;
        for (TreeMap<Integer, String> row : rows.values()) {
            for (Map.Entry<Integer, String> e : row.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    minCol = Math.min(minCol, e.getKey());
                    break;
                }
            }
        }
        for (Map.Entry<Integer, TreeMap<Integer, String>> e : rows.entrySet()) {
            TreeMap<Integer, String> row = e.getValue();
            int last = -1;
            for (Map.Entry<Integer, String> c : row.entrySet()) {
                if (!c.getValue().isEmpty()) last = c.getKey();
            }
            if (last < 0) continue;
            int end = Math.max(last + 1, mergedEnd.getOrDefault(e.getKey(), 0));
            // a sparse grid (columns A and XFD on 60k rows) is refused here, before its rows are built
            budget.cells(Math.max(0, end - minCol));
            List<String> cells = new ArrayList<>(end - minCol);
            for (int c = minCol; c < end; c++) cells.add(row.getOrDefault(c, ""));
            out.add(Page.Block.row(cells));
        }
    }

    /** A1-style references → zero-based {row, col}. */
    static final class CellRef {
        private CellRef() {
        }

        static int[] parse(String ref) {
            int col = 0;
            int i = 0;
            String s = ref.trim().replace("$", "");
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                col = col * 26 + (Character.toUpperCase(s.charAt(i)) - 'A' + 1);
                i++;
            }
            if (i == 0 || i == s.length() || col > 20_000) return null;
            try {
                return new int[]{Integer.parseInt(s.substring(i)) - 1, col - 1};
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
