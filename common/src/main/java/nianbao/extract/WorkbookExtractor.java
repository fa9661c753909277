package nianbao.extract;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Excel, both XLSX and XLS (POI {@link WorkbookFactory}); one instance per format. Every sheet in order, every
 * non-blank row as a row block, cells by column index with gaps kept as "" (columns left of the sheet's first used
 * column are dropped). Positions covered by a merged region other than its top-left cell are "" (also where the
 * region reaches right of the row's last cell). Values are
 * formatted as Excel shows them ({@link DataFormatter}, cached formula results): 0.5344 stays "0.5344", 38 stays "38".
 */
final class WorkbookExtractor implements Extractor {
    private final Format format;

    WorkbookExtractor(Format format) {
        this.format = format;
    }

    @Override
    public Format format() {
        return format;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        List<Page.Block> blocks = new ArrayList<>();
        // DataFormatter is not thread-safe and cheap to make: one per call
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        fmt.setUseCachedValuesForFormulaCells(true);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) sheet(wb.getSheetAt(s), fmt, blocks);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new IOException("encrypted " + format.id() + " (password required): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("corrupt " + format.id() + ": " + e.getMessage(), e);
        }
        return new Page(blocks);
    }

    private static void sheet(Sheet sheet, DataFormatter fmt, List<Page.Block> out) {
        Set<Long> covered = new HashSet<>();
        java.util.Map<Integer, Integer> mergedEnd = new java.util.HashMap<>(); // row → one past the last merged column
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            // cap absurd whole-column merges: only rows that exist matter
            int lastRow = Math.min(m.getLastRow(), sheet.getLastRowNum());
            for (int r = m.getFirstRow(); r <= lastRow; r++) {
                int lastCol = Math.min(m.getLastColumn(), 1000);
                mergedEnd.merge(r, lastCol + 1, Math::max);
                for (int c = m.getFirstColumn(); c <= lastCol; c++) {
                    if (r != m.getFirstRow() || c != m.getFirstColumn()) covered.add(key(r, c));
                }
            }
        }
        int minCol = Integer.MAX_VALUE;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) minCol = Math.min(minCol, row.getFirstCellNum());
        }
        if (minCol == Integer.MAX_VALUE) return;
        for (Row row : sheet) {
            // one past the last cell (-1 when none); a merged region reaching further right still fills its positions
            int last = Math.max(row.getLastCellNum(), mergedEnd.getOrDefault(row.getRowNum(), 0));
            if (last <= minCol) continue;
            List<String> cells = new ArrayList<>(last - minCol);
            boolean any = false;
            for (int c = minCol; c < last; c++) {
                Cell cell = row.getCell(c);
                String v = cell == null || covered.contains(key(row.getRowNum(), c))
                        ? "" : DocxExtractor.tidy(fmt.formatCellValue(cell));
                if (!v.isEmpty()) any = true;
                cells.add(v);
            }
            if (any) out.add(Page.Block.row(cells));
        }
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
