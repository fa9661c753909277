package nianbao.extract;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Builds the Word version of {@link HtmlExtractorTest#TABLE} (section 三 of the 2019 form, 10 grid columns, spans as
 * gridSpan/vMerge, a cell with two paragraphs, empty cells). Also the source of the committed .doc fixture.
 */
final class FormDocs {
    static final int COL = 900; // twips per grid column

    private FormDocs() {
    }

    /**
     * Writes the .docx the committed .doc fixture was converted from (once, by hand, with LibreOffice):
     * {@code soffice --headless --convert-to doc --outdir common/src/test/resources/fixtures form2019.docx}.
     */
    public static void main(String[] args) throws IOException {
        java.nio.file.Files.write(java.nio.file.Path.of(args[0]), docx());
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某镇2020年政府信息公开工作年度报告");
            doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable t = doc.createTable(5, 1);
            CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
            for (int i = 0; i < 10; i++) grid.addNewGridCol().setW(BigInteger.valueOf(COL));
            row(t.getRow(0), "r3:（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "r1:自然人", "5:法人或其他组织",
                    "r1:总计");
            row(t.getRow(1), "c3:", "c1:", "商业\n企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "c1:");
            row(t.getRow(2), "3:一、本年新收政府信息公开申请数量", "7", "1", "", "", "", "", "8");
            row(t.getRow(3), "r1:三、本年度办理结果", "2:（一）予以公开", "5", "1", "0", "0", "0", "0", "6");
            row(t.getRow(4), "c1:", "2:（二）部分公开", "/", "/", "/", "/", "/", "/", "/");
            doc.createParagraph().createRun().setText("四、政府信息公开行政复议、行政诉讼情况");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Cell specs: "text", "N:text" (gridSpan N), "rN:text" (vMerge restart, span N), "cN:" (vMerge continue). */
    private static void row(XWPFTableRow row, String... specs) {
        for (int i = 0; i < specs.length; i++) {
            XWPFTableCell cell = i == 0 ? row.getCell(0) : row.addNewTableCell();
            String s = specs[i];
            int span = 1;
            STMerge.Enum merge = null;
            int colon = s.indexOf(':');
            if (colon > 0 && colon <= 3) {
                String p = s.substring(0, colon);
                if (p.startsWith("r")) merge = STMerge.RESTART;
                if (p.startsWith("c")) merge = STMerge.CONTINUE;
                span = Integer.parseInt(p.replaceAll("[rc]", ""));
                s = s.substring(colon + 1);
            }
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewTcW().setW(BigInteger.valueOf((long) COL * span));
            pr.getTcW().setType(STTblWidth.DXA);
            if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            if (merge != null) pr.addNewVMerge().setVal(merge);
            String[] paras = s.split("\n");
            cell.getParagraphs().get(0).createRun().setText(paras[0]);
            for (int k = 1; k < paras.length; k++) cell.addParagraph().createRun().setText(paras[k]);
        }
    }
}
