package nianbao.text;

import nianbao.extract.Page;
import nianbao.model.Flags;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalises a {@link Page} before reading, cell by cell, keeping the blocks and cells where they are (so provenance
 * line and cell numbers stay those of the extracted document):
 * <ol>
 *   <li>full-width ASCII forms (（）：，０-９) fold to half-width; ideographic and no-break spaces become spaces;
 *   numbers typed as one enclosed character (㈠ ⑴ ⒈) take their compatibility form ((一) (1) 1.);</li>
 *   <li>pinyin readings inserted by mirror sites (「規(guī)范」) are removed ({@link Pinyin});</li>
 *   <li>Traditional script becomes Simplified (only when a Traditional-only character occurs anywhere);</li>
 *   <li>spam strings and banners injected by mirror sites are removed.</li>
 * </ol>
 * Letter-spaced labels (「自 然 人」) are left as they are: the reader ignores whitespace when matching labels.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** A normalised page and the flags saying what was changed. */
    public record Result(Page page, Set<String> flags) {
    }

    public static Result normalize(Page page) {
        return normalize(page, page.text());
    }

    /** As {@link #normalize(Page)}, when the caller has the page's text already. */
    public static Result normalize(Page page, String text) {
        Set<String> flags = new LinkedHashSet<>();
        boolean traditional = false;
        boolean changed = false;
        List<List<String>> folded = new ArrayList<>(page.blocks().size());
        for (Page.Block b : page.blocks()) {
            List<String> cells = new ArrayList<>(b.cells().size());
            for (String c : b.cells()) {
                String f = Pinyin.strip(fold(c));
                changed |= f != c;
                if (!traditional && Script.hasTraditional(f)) traditional = true;
                cells.add(f);
            }
            folded.add(cells);
        }
        if (traditional) flags.add(Flags.TRADITIONAL_SCRIPT);
        boolean spam = Spam.mayContain(text);
        if (!traditional && !spam && !changed) return new Result(page, flags); // nothing to do: the same page
        if (!traditional && !spam) {
            List<Page.Block> out = new ArrayList<>(folded.size());
            for (int i = 0; i < folded.size(); i++) out.add(new Page.Block(folded.get(i), page.blocks().get(i).table()));
            return new Result(new Page(out), flags);
        }
        List<Page.Block> out = new ArrayList<>(folded.size());
        for (int i = 0; i < folded.size(); i++) {
            List<String> cells = folded.get(i);
            for (int j = 0; j < cells.size(); j++) {
                String c = cells.get(j);
                if (traditional && Script.hasTraditional(c)) c = Script.toSimplified(c);
                String s = spam ? Spam.strip(c) : c;
                if (s != c) flags.add(Flags.SPAM_REMOVED);
                cells.set(j, s);
            }
            out.add(new Page.Block(cells, page.blocks().get(i).table()));
        }
        return new Result(new Page(out), flags);
    }

    /** Normalises one string the same way (without the page-wide script decision: converts when it has to). */
    public static String normalize(String s) {
        String f = Pinyin.strip(fold(s));
        if (Script.hasTraditional(f)) f = Script.toSimplified(f);
        return Spam.strip(f);
    }

    /** Full-width → half-width for ASCII forms; U+3000, U+00A0 and other odd spaces → ' '. Returns s when unchanged. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !needsFold(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0x200B || c == 0xFEFF) continue; // zero-width: would split numbers and labels
            if (isEnclosed(c)) {
                // row numbering typed as one character (㈠ ⑴ ⒈): its compatibility form, so it is stripped like (一)
                sb.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
                continue;
            }
            sb.append(needsFold(c) ? foldChar(c) : c);
        }
        return sb.toString();
    }

    private static boolean needsFold(char c) {
        return (c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000 || c == 0x00A0 || c == 0x2002 || c == 0x2003
                || c == 0x2009 || c == 0x200B || c == 0xFEFF || isEnclosed(c);
    }

    /** Parenthesised and full-stop numbers (⑴ ⒈, U+2474–U+249B) and parenthesised ideographs (㈠, U+3220–U+3229). */
    private static boolean isEnclosed(char c) {
        return (c >= 0x2474 && c <= 0x249B) || (c >= 0x3220 && c <= 0x3229);
    }

    private static char foldChar(char c) {
        if (c >= 0xFF01 && c <= 0xFF5E) return (char) (c - 0xFEE0);
        return ' ';
    }
}
