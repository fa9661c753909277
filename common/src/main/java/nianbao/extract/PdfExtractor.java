package nianbao.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF (PDFBox). A {@link PDFTextStripper} subclass collects each page's {@link TextPosition}s (after PDFBox's removal
 * of overlapping duplicate glyphs) and {@link PdfLayout} rebuilds lines and table rows from their coordinates, keeping
 * empty cells as "" where plain text extraction would drop them. A PDF with pages but hardly any text is a scan:
 * {@link NoTextLayerException}. Encrypted (without the empty user password) and corrupt files get clear messages.
 */
final class PdfExtractor implements Extractor {
    /** Fewer non-space characters than this per page on average means there is no real text layer. */
    static final int MIN_CHARS_PER_PAGE = 16;

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        try (PDDocument doc = load(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new IOException("corrupt pdf: no pages");
            Budget.current().pages(pages);
            Collector c = new Collector();
            try {
                c.writeText(doc, Writer.nullWriter());
            } catch (Budget.LimitExceeded e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IOException("corrupt pdf: text extraction failed: " + e, e);
            }
            if (c.chars < MIN_CHARS_PER_PAGE * pages) throw new NoTextLayerException(pages, c.chars);
            return new Page(c.blocks);
        }
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new IOException("encrypted pdf: a password is required to open it", e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("corrupt pdf: " + e.getMessage(), e);
        }
    }

    /** Per-document collector: one instance per call (PDFTextStripper is stateful). */
    private static final class Collector extends PDFTextStripper {
        @Override
        protected void processTextPosition(TextPosition text) {
            Budget.step(); // a content stream can hold millions of glyphs (or loop through a circular reference)
            super.processTextPosition(text);
        }

        final List<Page.Block> blocks = new ArrayList<>();
        final PdfLayout.Carry carry = new PdfLayout.Carry();
        int chars;

        Collector() {
            setSortByPosition(false); // PdfLayout sorts by position itself
        }

        @Override
        protected void writePage() {
            Budget budget = Budget.current();
            budget.checkTime();
            List<PdfLayout.Glyph> glyphs = new ArrayList<>();
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition t : article) {
                    budget.tick();
                    String u = t.getUnicode();
                    if (u == null || u.isBlank()) continue;
                    glyphs.add(new PdfLayout.Glyph(t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                            t.getYDirAdj(), Math.max(t.getHeightDir(), 1f), Math.max(t.getFontSizeInPt(), 1f), u));
                    chars += u.length();
                }
            }
            PDRectangle box = getCurrentPage().getCropBox();
            int rotation = getCurrentPage().getRotation();
            float width = rotation % 180 == 0 ? box.getWidth() : box.getHeight();
            blocks.addAll(PdfLayout.blocks(glyphs, width, carry));
        }
    }
}
