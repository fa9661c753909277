package nianbao.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a one-page A4 PDF the way a word processor prints a report, for layout tests: left-aligned text lines and
 * tables whose cells are centred in their columns, with no rulings (text positions only), spanning cells centred
 * over their columns, a cell's lines (split at '\n') centred vertically in a row as tall as its tallest cell. Empty
 * cells print nothing. Coordinates are top-down: {@link #y} is the next baseline's distance from the page top.
 */
final class PdfSketch implements AutoCloseable {
    private final PDDocument doc = new PDDocument();
    private final PDType0Font font;
    private final PDPageContentStream cs;
    private final float height = PDRectangle.A4.getHeight();
    float y = 60;

    PdfSketch() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        font = PDType0Font.load(doc, new ByteArrayInputStream(Fonts.cjkFont()), true);
        cs = new PDPageContentStream(doc, page);
    }

    /** A cell of a sketched table: its text and how many columns it spans. */
    record C(String text, int span) {
        static C of(String text) {
            return new C(text, 1);
        }
    }

    /** A line of text at the left margin, then the next baseline 1.6 sizes lower. */
    PdfSketch line(String s, float size) throws IOException {
        text(s, 50, y, size);
        y += size * 1.6f;
        return this;
    }

    /**
     * A table on column edges {@code edges} (x of each column boundary); returns each row's top (for labels drawn
     * over several rows with {@link #centred}).
     */
    float[] table(float[] edges, float size, List<List<C>> rows) throws IOException {
        float lead = size * 1.3f;
        float top = y;
        float[] tops = new float[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            tops[r] = top;
            int lines = 1;
            for (C c : rows.get(r)) lines = Math.max(lines, c.text().split("\n", -1).length);
            float h = lines * lead + 4;
            int col = 0;
            for (C c : rows.get(r)) {
                String[] ls = c.text().split("\n", -1);
                float ty = top + (h - ls.length * lead) / 2 + size;
                for (String l : ls) {
                    centred(l, edges[col], edges[col + c.span()], ty, size);
                    ty += lead;
                }
                col += c.span();
            }
            top += h;
        }
        tops[rows.size()] = top;
        y = top + 6 + size * 1.6f;
        return tops;
    }

    /** Text centred between x0 and x1 on baseline {@code baseline}. */
    void centred(String s, float x0, float x1, float baseline, float size) throws IOException {
        if (s.isEmpty()) return;
        float w = font.getStringWidth(s) / 1000 * size;
        text(s, x0 + (x1 - x0 - w) / 2, baseline, size);
    }

    private void text(String s, float x, float baseline, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, height - baseline);
        cs.showText(s);
        cs.endText();
    }

    static List<C> row(Object... cells) {
        List<C> out = new ArrayList<>();
        for (Object o : cells) out.add(o instanceof C c ? c : C.of((String) o));
        return out;
    }

    static C span(String text, int span) {
        return new C(text, span);
    }

    byte[] bytes() throws IOException {
        cs.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
