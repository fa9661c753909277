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
import java.util.List;
import java.util.Locale;

/**
 * Excel 97–2003 (.xls) through POI's {@link WorkbookFactory} (HSSF): every sheet in order, laid out by
 * {@link SheetGrid}. Values are formatted as Excel shows them ({@link DataFormatter}, cached formula results):
 * 0.5344 stays "0.5344", 38 stays "38". (.xlsx has its own streaming reader, {@link XlsxExtractor}.)
 */
final class WorkbookExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.XLS;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        List<Page.Block> blocks = new ArrayList<>();
        // DataFormatter is not thread-safe and cheap to make: one per call
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        fmt.setUseCachedValuesForFormulaCells(true);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) sheet(wb.getSheetAt(s), fmt).addBlocks(blocks);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new IOException("encrypted xls (password required): " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("corrupt xls: " + e, e);
        }
        return new Page(blocks);
    }

    private static SheetGrid sheet(Sheet sheet, DataFormatter fmt) {
        SheetGrid grid = new SheetGrid();
        Budget budget = Budget.current();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            budget.tick();
            grid.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
        }
        for (Row row : sheet) {
            for (Cell cell : row) {
                budget.cells(1);
                grid.cell(row.getRowNum(), cell.getColumnIndex(), fmt.formatCellValue(cell));
            }
        }
        return grid;
    }
}
