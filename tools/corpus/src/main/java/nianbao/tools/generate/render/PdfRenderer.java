package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;
import nianbao.tools.generate.Grid;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A PDF as an office suite prints one: A4 pages, wrapped paragraphs, tables drawn as ruled grids with text placed
 * in cells (spanning cells as merged rectangles), an embedded subset of a CJK font. Text extraction then sees what
 * real PDFs give: rows as lines, cells as positioned text, empty cells as nothing.
 */
public final class PdfRenderer implements Renderer {
    private static final float MARGIN = 50, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Map<Integer, Float> WIDTHS = new HashMap<>(); // glyph advance per code point, per 1 pt
    private static final Map<Integer, Boolean> HAS = new HashMap<>();

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public byte[] render(Doc doc, SplittableRandom rnd) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PDType0Font font = PDType0Font.load(pdf, PdfFont.get(), true);
            new Writer(pdf, font).write(doc);
            // a fixed document ID (PDFBox would derive one from the clock), so a seed gives the same bytes
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            byte[] fixed = Long.toHexString(rnd.nextLong()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            id.add(new org.apache.pdfbox.cos.COSString(fixed));
            id.add(new org.apache.pdfbox.cos.COSString(fixed));
            pdf.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Lays out one document, page by page. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        void write(Doc doc) throws IOException {
            newPage();
            for (Doc.Block b : doc.blocks()) {
                if (b instanceof Doc.Para p) para(p);
                else table((Doc.Table) b);
            }
            cs.close();
        }

        private void newPage() throws IOException {
            if (cs != null) cs.close();
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            cs.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void para(Doc.Para p) throws IOException {
            float size = p.style() == Doc.Style.TITLE ? 16 : 10.5f;
            String text = (p.style() == Doc.Style.BODY ? "\u3000\u3000" : "") + p.text();
            for (String line : wrap(text, size, WIDTH)) {
                if (y - size * 1.6f < MARGIN) newPage();
                y -= size * 1.6f;
                float w = width(line, size);
                float x = switch (p.style()) {
                    case TITLE -> MARGIN + (WIDTH - w) / 2;
                    case SIGNATURE -> MARGIN + WIDTH - w;
                    default -> MARGIN;
                };
                text(line, x, y, size);
            }
        }

        private void table(Doc.Table t) throws IOException {
            Grid g = t.grid();
            float size = g.cols() > 8 ? 7 : 9, lead = size * 1.3f;
            float[] colX = columns(t, g, size);
            int n = t.rows().size();
            float[] h = new float[n];
            for (int r = 0; r < n; r++) {
                int lines = 1;
                List<Doc.TCell> cells = t.rows().get(r);
                for (Doc.TCell c : cells) {
                    if (c.rowspan() == 1) {
                        int at = g.start()[r][cells.indexOf(c)];
                        lines = Math.max(lines, wrap(c.text(), size, colX[at + c.colspan()] - colX[at] - 4).size());
                    }
                }
                h[r] = lines * lead + 4;
            }
            y -= 6;
            for (int r = 0; r < n; r++) {
                if (y - h[r] < MARGIN) newPage();
                List<Doc.TCell> cells = t.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Doc.TCell c = cells.get(i);
                    int at = g.start()[r][i];
                    float x = colX[at], w = colX[Math.min(g.cols(), at + c.colspan())] - x;
                    float ch = 0;
                    for (int k = r; k < Math.min(n, r + c.rowspan()); k++) ch += h[k];
                    ch = Math.min(ch, y - MARGIN);
                    cs.addRect(x, y - ch, w, ch);
                    cs.stroke();
                    List<String> lines = wrap(c.text(), size, w - 4);
                    float ty = y - (ch - lines.size() * lead) / 2 - size;
                    for (String line : lines) {
                        text(line, x + (w - width(line, size)) / 2, ty, size);
                        ty -= lead;
                    }
                }
                y -= h[r];
            }
            y -= 6;
        }

        /**
         * Column edges, as a word processor's autofit sets them: each column as wide as its widest single-column
         * cell (within limits), scaled to the page width.
         */
        private float[] columns(Doc.Table t, Grid g, float size) {
            float[] want = new float[g.cols()];
            java.util.Arrays.fill(want, size * 2.5f);
            for (int r = 0; r < t.rows().size(); r++) {
                List<Doc.TCell> cells = t.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    Doc.TCell c = cells.get(i);
                    if (c.colspan() == 1) {
                        int at = g.start()[r][i];
                        want[at] = Math.max(want[at], Math.min(width(c.text(), size) + 6, size * 14));
                    }
                }
            }
            float sum = 0;
            for (float w : want) sum += w;
            float[] x = new float[g.cols() + 1];
            x[0] = MARGIN;
            for (int c = 0; c < g.cols(); c++) x[c + 1] = x[c] + want[c] * WIDTH / sum;
            return x;
        }

        private void text(String s, float x, float y, float size) throws IOException {
            if (s.isEmpty()) return;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        private List<String> wrap(String text, float size, float maxW) {
            List<String> out = new ArrayList<>();
            for (String para : text.split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                float w = 0;
                for (int i = 0; i < para.length(); ) {
                    int cp = para.codePointAt(i);
                    i += Character.charCount(cp);
                    if (!has(cp)) cp = '?';
                    float cw = advance(cp) * size;
                    if (w + cw > maxW && line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        w = 0;
                    }
                    line.appendCodePoint(cp);
                    w += cw;
                }
                out.add(line.toString());
            }
            return out;
        }

        private float width(String s, float size) {
            float w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                w += advance(cp) * size;
            }
            return w;
        }

        private boolean has(int cp) {
            synchronized (HAS) {
                return HAS.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
            }
        }

        private float advance(int cp) {
            synchronized (WIDTHS) {
                return WIDTHS.computeIfAbsent(cp, c -> {
                    try {
                        return font.getStringWidth(new String(Character.toChars(c))) / 1000f;
                    } catch (IOException | IllegalArgumentException e) {
                        return 1f;
                    }
                });
            }
        }
    }
}
