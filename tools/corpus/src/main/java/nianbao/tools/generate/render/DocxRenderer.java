package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;
import nianbao.tools.generate.Grid;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Word document written with POI XWPF: paragraphs and real Word tables. Cells spanning columns use
 * {@code gridSpan}; cells spanning rows use {@code vMerge} (restart, then continuation cells in the rows below),
 * which is how Word stores the official form.
 */
public final class DocxRenderer implements Renderer {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public byte[] render(Doc doc, SplittableRandom rnd) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            for (Doc.Block b : doc.blocks()) {
                if (b instanceof Doc.Para p) {
                    XWPFParagraph para = d.createParagraph();
                    if (p.style() == Doc.Style.TITLE) para.setAlignment(ParagraphAlignment.CENTER);
                    if (p.style() == Doc.Style.SIGNATURE) para.setAlignment(ParagraphAlignment.RIGHT);
                    if (p.style() == Doc.Style.BODY) para.setFirstLineIndent(640);
                    XWPFRun run = para.createRun();
                    run.setText(p.text());
                    run.setFontFamily("仿宋_GB2312");
                    if (p.style() == Doc.Style.TITLE || p.style() == Doc.Style.HEADING) run.setBold(true);
                } else {
                    table(d, (Doc.Table) b);
                }
            }
            // fixed document dates, so a seed gives the same bytes
            d.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            d.getProperties().getCoreProperties().setModified(java.util.Optional.of(new java.util.Date(0)));
            d.write(out);
            return Zips.normalize(out.toByteArray());
        }
    }

    private static void table(XWPFDocument d, Doc.Table t) {
        CTTbl tbl = d.createTable().getCTTbl();
        tbl.getTrList().clear(); // createTable() adds one row; the rows are built below
        Grid g = t.grid();
        CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        grid.getGridColList().clear();
        for (int c = 0; c < g.cols(); c++) grid.addNewGridCol().setW(BigInteger.valueOf(9000 / Math.max(1, g.cols())));
        for (int r = 0; r < t.rows().size(); r++) {
            CTRow row = tbl.addNewTr();
            List<Doc.TCell> cells = t.rows().get(r);
            int i = 0;
            for (int c = 0; c < g.cols(); ) {
                if (i < cells.size() && g.start()[r][i] == c) {
                    Doc.TCell cell = cells.get(i++);
                    cell(row, cell.text(), cell.colspan(), cell.rowspan() > 1 ? STMerge.RESTART : null);
                    c += cell.colspan();
                } else if (g.coveredBy()[r][c] >= 0) {
                    // continuation of a cell merged down from above: same width, vMerge without a value
                    int id = g.coveredBy()[r][c];
                    int span = 0;
                    while (c + span < g.cols() && g.coveredBy()[r][c + span] == id) span++;
                    cell(row, "", span, STMerge.CONTINUE);
                    c += span;
                } else {
                    c++; // a collapsed row: the rest of the row has no cells
                }
            }
        }
    }

    private static void cell(CTRow row, String text, int span, STMerge.Enum merge) {
        CTTc tc = row.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        if (span > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        if (merge == STMerge.RESTART) pr.addNewVMerge().setVal(STMerge.RESTART);
        else if (merge != null) pr.addNewVMerge();
        String[] lines = text.split("\n", -1);
        for (String line : lines) {
            var p = tc.addNewP();
            if (!line.isEmpty()) p.addNewR().addNewT().setStringValue(line);
        }
    }
}
