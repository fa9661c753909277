package nianbao.extract;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkbookExtractorTest {
    static byte[] workbook(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("表三");
            // a table starting in column B: the leading empty column is dropped for every row
            Row title = s.createRow(0);
            title.createCell(1).setCellValue("二、主动公开政府信息情况");
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 4));
            title.createCell(2).setCellValue("stale copy in a merged cell");
            Row head = s.createRow(2); // row 1 is missing entirely
            head.createCell(1).setCellValue("信息内容");
            head.createCell(2).setCellValue("上一年项目数量");
            head.createCell(3).setCellValue("本年增/减");
            head.createCell(4).setCellValue("采购总金额");
            Row vals = s.createRow(3);
            vals.createCell(1).setCellValue("政府集中采购");
            vals.createCell(2).setCellValue(38);          // never "38.0"
            // column 3 (本年增/减) left out: a gap
            vals.createCell(4).setCellValue(0.5344);      // stays "0.5344"
            Row sum = s.createRow(4);
            sum.createCell(1).setCellValue("合计");
            sum.createCell(2).setCellFormula("C4+2");
            Sheet s2 = wb.createSheet("表四");
            Row r = s2.createRow(0);
            r.createCell(0).setCellValue("行政复议");
            r.createCell(1).setCellValue(0);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final List<List<String>> EXPECTED = List.of(
            List.of("二、主动公开政府信息情况", "", "", ""),
            List.of("信息内容", "上一年项目数量", "本年增/减", "采购总金额"),
            List.of("政府集中采购", "38", "", "0.5344"),
            List.of("合计", "40"),
            List.of("行政复议", "0"));

    // Numbers as Excel shows them, gaps and merged positions as "", every sheet in order.
    @Test
    void xlsx() throws Exception {
        byte[] b = workbook(new XSSFWorkbook());
        assertEquals(Format.XLSX, Extractors.detect(b, null));
        assertEquals(EXPECTED, Blocks.rows(new XlsxExtractor().extract(b)));
    }

    @Test
    void xls() throws Exception {
        byte[] b = workbook(new HSSFWorkbook());
        assertEquals(Format.XLS, Extractors.detect(b, "misnamed.doc"));
        assertEquals(EXPECTED, Blocks.rows(new WorkbookExtractor().extract(b)));
    }
}
