package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;
import nianbao.tools.generate.Grid;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An Excel workbook written with POI: the prose one paragraph per row in column A, each table as cells with merged
 * regions for spanning cells. Numbers are numeric cells or text cells (authors type both).
 */
public final class XlsxRenderer implements Renderer {
    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public byte[] render(Doc doc, SplittableRandom rnd) throws IOException {
        boolean numeric = rnd.nextInt(3) != 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            Sheet sheet = wb.createSheet("年度报告");
            int r = 0;
            for (Doc.Block b : doc.blocks()) {
                if (b instanceof Doc.Para p) {
                    sheet.createRow(r++).createCell(0).setCellValue(p.text());
                } else {
                    r = table(sheet, (Doc.Table) b, r, numeric) + 1;
                }
            }
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(new java.util.Date(0)));
            wb.write(out);
            return Zips.normalize(out.toByteArray());
        }
    }

    private static int table(Sheet sheet, Doc.Table t, int top, boolean numeric) {
        Grid g = t.grid();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.getRow(top + r) != null ? sheet.getRow(top + r) : sheet.createRow(top + r);
            List<Doc.TCell> cells = t.rows().get(r);
            for (int i = 0; i < cells.size(); i++) {
                Doc.TCell cell = cells.get(i);
                int col = g.start()[r][i];
                Cell x = row.createCell(col);
                String text = cell.text();
                if (numeric && cell.ref() != null && text.matches("-?(0|[1-9]\\d{0,13})(\\.\\d{0,3}[1-9])?")) {
                    x.setCellValue(Double.parseDouble(text));
                } else if (!text.isEmpty()) {
                    x.setCellValue(text);
                }
                if (cell.colspan() > 1 || cell.rowspan() > 1) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(top + r, top + r + cell.rowspan() - 1, col, col + cell.colspan() - 1));
                }
            }
        }
        return top + t.rows().size();
    }
}
