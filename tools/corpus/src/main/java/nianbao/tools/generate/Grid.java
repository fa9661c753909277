package nianbao.tools.generate;

import java.util.List;

/**
 * Where each cell of a {@link Doc.Table} sits on the column grid, resolving colspan and rowspan the way HTML does.
 * Renderers that need real geometry (Word, Excel, PDF) or placeholders for spanned positions (text exports) use it.
 *
 * @param cols     the grid width
 * @param start    {@code start[r][i]}: first grid column of cell i of row r
 * @param coveredBy {@code coveredBy[r][c]}: an id of the cell whose rowspan covers (r, c) from above (origin row × 1000
 *                  + origin column), or -1
 */
public record Grid(int cols, int[][] start, int[][] coveredBy) {

    static Grid of(Doc.Table t) {
        List<List<Doc.TCell>> rows = t.rows();
        int n = rows.size();
        int width = 0;
        for (List<Doc.TCell> r : rows) {
            int w = 0;
            for (Doc.TCell c : r) w += c.colspan();
            width = Math.max(width, w);
        }
        width += 16; // rowspans push cells right; the real width is computed below
        int[][] occupied = new int[n][width]; // 0 free, else origin row × 1000 + origin column + 1
        int[][] start = new int[n][];
        int cols = 0;
        for (int r = 0; r < n; r++) {
            List<Doc.TCell> cells = rows.get(r);
            start[r] = new int[cells.size()];
            int c = 0;
            for (int i = 0; i < cells.size(); i++) {
                while (c < width && occupied[r][c] != 0) c++;
                Doc.TCell cell = cells.get(i);
                start[r][i] = c;
                for (int dr = 0; dr < cell.rowspan() && r + dr < n; dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) occupied[r + dr][c + dc] = r * 1000 + c + 1;
                }
                c += cell.colspan();
                cols = Math.max(cols, c);
            }
        }
        int[][] coveredBy = new int[n][cols];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < cols; c++) {
                int o = occupied[r][c] - 1;
                coveredBy[r][c] = o >= 0 && o / 1000 < r ? o : -1;
            }
        }
        return new Grid(cols, start, coveredBy);
    }
}
