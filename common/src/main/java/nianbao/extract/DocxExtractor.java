package nianbao.extract;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Word 2007+ (POI XWPF). Body elements in document order: paragraphs → line blocks (one per line break), tables →
 * one row block per row. A cell's paragraphs are joined with "\n". {@code gridSpan} puts the text in the first
 * position and "" in the positions spanned; a {@code vMerge} continuation cell is "" (the text stays in the cell
 * where the merge starts); {@code gridBefore}/{@code gridAfter} add "" so the columns line up. A row whose cells
 * contain nested tables is a layout row: its cells are read as body content, so the inner tables give the rows.
 */
final class DocxExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        List<Page.Block> blocks = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            body(doc.getBodyElements(), blocks);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new IOException("encrypted docx (password required): " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // POI reports damage in many shapes (ZipException, POIXMLException, NotOfficeXmlFileException, …)
            throw new IOException("corrupt docx (truncated or not a Word document): " + e, e);
        }
        return new Page(blocks);
    }

    private static void body(List<IBodyElement> elements, List<Page.Block> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                lines(p.getText(), out);
            } else if (e instanceof XWPFTable t) {
                table(t, out);
            } else if (e instanceof XWPFSDT sdt) {
                lines(sdt.getContent().getText(), out);
            }
        }
    }

    private static void table(XWPFTable t, List<Page.Block> out) {
        for (XWPFTableRow row : t.getRows()) {
            List<ICell> cells = row.getTableICells();
            if (hasNestedTable(cells)) {
                for (ICell c : cells) {
                    if (c instanceof XWPFTableCell tc) body(tc.getBodyElements(), out);
                }
                continue;
            }
            List<String> r = new ArrayList<>();
            CTTrPr trPr = row.getCtRow().getTrPr();
            pad(r, trPr == null ? 0 : sum(trPr.getGridBeforeList()));
            for (ICell c : cells) {
                if (c instanceof XWPFSDTCell sc) {
                    r.add(tidy(sc.getContent().getText()));
                    continue;
                }
                XWPFTableCell tc = (XWPFTableCell) c;
                CTTcPr pr = tc.getCTTc().getTcPr();
                boolean continued = pr != null && pr.getVMerge() != null
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                r.add(continued ? "" : cellText(tc));
                int span = pr != null && pr.getGridSpan() != null ? pr.getGridSpan().getVal().intValue() : 1;
                pad(r, Math.min(Math.max(span, 1), SpanGrid.MAX_COLSPAN) - 1);
            }
            pad(r, trPr == null ? 0 : sum(trPr.getGridAfterList()));
            out.add(Page.Block.row(r));
        }
    }

    private static boolean hasNestedTable(List<ICell> cells) {
        for (ICell c : cells) {
            if (c instanceof XWPFTableCell tc && !tc.getTables().isEmpty()) return true;
        }
        return false;
    }

    private static String cellText(XWPFTableCell c) {
        StringBuilder sb = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            String s = tidy(p.getText());
            if (s.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s);
        }
        return sb.toString();
    }

    private static void lines(String text, List<Page.Block> out) {
        if (text == null) return;
        for (String l : text.split("[\r\n\u000B]")) {
            String s = l.strip();
            if (!s.isEmpty()) out.add(Page.Block.line(s));
        }
    }

    /** Strips each line of a multi-line text and drops blank lines. */
    static String tidy(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("[\r\n\u000B]")) {
            String s = l.replace('\u00A0', ' ').strip();
            if (s.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s);
        }
        return sb.toString();
    }

    private static int sum(List<CTDecimalNumber> ns) {
        int s = 0;
        for (CTDecimalNumber n : ns) s += n.getVal() == null ? 0 : n.getVal().intValue();
        return Math.min(s, SpanGrid.MAX_COLSPAN);
    }

    private static void pad(List<String> r, int n) {
        for (int i = 0; i < n; i++) r.add("");
    }
}
