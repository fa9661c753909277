package nianbao.extract;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Word 97–2003 (POI HWPF). Paragraphs in order become line blocks; the paragraphs of a table are read through HWPF's
 * {@link Table} into one row block per row. A .doc stores no gridSpan: a merged cell is simply wider, so columns are
 * rebuilt from the cells' edges over the whole table, and a cell covering several columns gets its text in the first
 * and "" in the rest. Vertically merged continuation cells (and legacy horizontally merged ones) are "". A nested
 * table's text stays inside its outer cell, lines joined with "\n".
 */
final class DocExtractor implements Extractor {
    /** Edges closer than this (twips, 1/1440 inch) are the same column boundary. */
    private static final int EDGE_TOLERANCE = 40;

    @Override
    public Format format() {
        return Format.DOC;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        List<Page.Block> blocks = new ArrayList<>();
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new IOException("encrypted doc (password required): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IOException("corrupt doc: " + e, e);
        }
        try (doc) {
            Range range = doc.getRange();
            int n = range.numParagraphs();
            Budget budget = Budget.current();
            for (int i = 0; i < n; i++) {
                budget.tick();
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    table(t, blocks);
                    i += Math.max(t.numParagraphs(), 1) - 1;
                } else {
                    lines(p.text(), blocks);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("corrupt doc: " + e, e);
        }
        return new Page(blocks);
    }

    private static void table(Table t, List<Page.Block> out) {
        int[] edges = edges(t);
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                Budget.current().cells(1);
                TableCell cell = row.getCell(c);
                int from = nearest(edges, cell.getLeftEdge());
                int to = Math.max(from + 1, nearest(edges, cell.getLeftEdge() + cell.getWidth()));
                while (cells.size() < from) cells.add("");
                boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
                        || (cell.isMerged() && !cell.isFirstMerged());
                cells.add(continuation ? "" : cellText(cell));
                while (cells.size() < to) cells.add("");
            }
            out.add(Page.Block.row(cells));
        }
    }

    /** The distinct column boundaries of the table (merged within {@link #EDGE_TOLERANCE}). */
    private static int[] edges(Table t) {
        TreeSet<Integer> raw = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                raw.add(cell.getLeftEdge());
                raw.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int e : raw) {
            if (merged.isEmpty() || e - merged.get(merged.size() - 1) > EDGE_TOLERANCE) merged.add(e);
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearest(int[] edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
        }
        return best;
    }

    private static String cellText(TableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            String s = clean(cell.getParagraph(i).text());
            for (String l : s.split("\n")) {
                String x = l.strip();
                if (x.isEmpty()) continue;
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(x);
            }
        }
        return sb.toString();
    }

    private static void lines(String text, List<Page.Block> out) {
        for (String l : clean(text).split("\n")) {
            String s = l.strip();
            if (!s.isEmpty()) out.add(Page.Block.line(s));
        }
    }

    /** Word's control characters: \r ends a paragraph, \u0007 a cell, \u000B is a line break; fields are dropped. */
    private static String clean(String s) {
        return Range.stripFields(s).replace('\r', '\n').replace('\u000B', '\n').replace('\u0007', '\n')
                .replace('\f', '\n').replace('\u00A0', ' ');
    }
}
