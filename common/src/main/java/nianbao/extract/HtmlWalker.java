package nianbao.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a jsoup DOM into blocks. Text outside tables becomes lines (block elements and {@code <br>} end a line;
 * whitespace, including {@code &nbsp;}, collapses). Each {@code <tr>} of a table becomes one row block, colspan and
 * rowspan resolved by {@link SpanGrid} (text in the first position, "" in the positions it spans), blank and
 * {@code &nbsp;}-only cells kept as "". Inside a cell, {@code <br>} and block elements become "\n".
 *
 * <p>Nested tables: a row whose cells contain a table is a layout row (pages wrap the whole report in an outer table),
 * so its cells are walked like body content and the inner tables produce the row blocks. When the visible text is
 * tiny but a script carries escaped table markup, that markup is unescaped and walked in the script's place.
 * One instance per document.
 */
final class HtmlWalker {
    /** Below this many visible non-space characters, scripts are searched for embedded report markup. */
    static final int TINY_BODY = 300;

    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "main", "aside", "blockquote",
            "pre", "hr", "center", "address", "form", "fieldset", "figure", "figcaption", "caption", "tr", "title",
            "option", "legend", "details", "summary", "body", "html");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "svg", "select", "button", "textarea", "input");

    private final List<Page.Block> blocks = new ArrayList<>();
    /** The text line being gathered outside tables. */
    private final StringBuilder line = new StringBuilder();
    /** The line's only text while it has just one (most lines): kept as is, copied into {@link #line} only if more come. */
    private String single;
    /** Scratch buffers, reused for every line and cell (a page has hundreds of cells). */
    private final StringBuilder raw = new StringBuilder();
    private final StringBuilder tidy = new StringBuilder();
    private boolean searchScripts;
    private int depth;

    List<Page.Block> walk(Document doc) {
        Element head = doc.head();
        Element title = head == null ? null : firstByTag(head, "title");
        if (title != null) {
            append(title.text());
            flush();
        }
        searchScripts = anyScriptWithTables(doc)
                && (firstByTag(doc, "table") == null || visibleChars(doc.body()) < TINY_BODY);
        if (searchScripts && head != null) {
            // scripts in <head> are visited too: document.write in the head is common
            for (Element s : head.getElementsByTag("script")) embedded(s);
        }
        walkChildren(doc.body());
        flush();
        return blocks;
    }

    private void walkChildren(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) walkNode(e.childNode(i));
    }

    private void walkNode(Node node) {
        Budget.step(); // a page of millions of nodes stops at the time budget
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (tag.equals("script")) {
            if (searchScripts) embedded(e);
            return;
        }
        if (SKIP.contains(tag)) return;
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table")) {
            flush();
            table(e);
            return;
        }
        boolean block = BLOCK.contains(tag) || tag.equals("td") || tag.equals("th");
        if (block) flush();
        walkChildren(e);
        if (block) flush();
    }

    private void embedded(Element script) {
        String data = script.data();
        if (!JsStrings.carriesTableMarkup(data) || depth > 2) return;
        String html = JsStrings.markup(data);
        if (html.isEmpty()) return;
        flush();
        depth++;
        walkChildren(Jsoup.parseBodyFragment(html).body());
        depth--;
        flush();
    }

    private void table(Element table) {
        for (int i = 0, n = table.childNodeSize(); i < n; i++) {
            if (table.childNode(i) instanceof Element c && c.normalName().equals("caption")) {
                append(c.text());
                flush();
            }
        }
        SpanGrid grid = new SpanGrid();
        List<Element> cells = new ArrayList<>();
        for (Element tr : rowsOf(table)) {
            cells.clear();
            boolean layout = false;
            for (int i = 0, n = tr.childNodeSize(); i < n; i++) {
                if (tr.childNode(i) instanceof Element c && (c.normalName().equals("td") || c.normalName().equals("th"))) {
                    cells.add(c);
                    if (firstByTag(c, "table") != null) layout = true;
                }
            }
            if (cells.isEmpty()) continue;
            if (layout) {
                // layout row: its content is body text and inner tables; the outer grid starts afresh after it
                for (Element c : cells) walkNode(c);
                flush();
                grid = new SpanGrid();
                continue;
            }
            grid.startRow(cells.size());
            for (Element c : cells) grid.cell(cellText(c), span(c, "colspan"), span(c, "rowspan"));
            blocks.add(Page.Block.row(grid.endRow()));
        }
    }

    /** The table's own rows (not those of nested tables), in document order. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (int i = 0, n = table.childNodeSize(); i < n; i++) {
            if (!(table.childNode(i) instanceof Element c)) continue;
            String t = c.normalName();
            if (t.equals("tr")) {
                rows.add(c);
            } else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (int j = 0, m = c.childNodeSize(); j < m; j++) {
                    if (c.childNode(j) instanceof Element r && r.normalName().equals("tr")) rows.add(r);
                }
            }
        }
        return rows;
    }

    private static int span(Element c, String attr) {
        return span(c.attr(attr));
    }

    /** A colspan/rowspan attribute's value as a span: its leading digits, 1 when absent, empty or below 1. */
    static int span(String value) {
        if (value == null) return 1;
        String v = value.trim();
        if (v.isEmpty()) return 1;
        int n = 0;
        for (int i = 0; i < v.length() && Character.isDigit(v.charAt(i)) && n < 100_000; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n < 1 ? 1 : n;
    }

    /** A cell's text: lines from {@code <br>}/blocks joined by "\n", whitespace collapsed, blank → "". */
    String cellText(Element cell) {
        if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode t) return tidied(t.getWholeText(), true);
        raw.setLength(0);
        gather(cell, raw);
        return tidied(raw, true);
    }

    /** {@code text} tidied (see {@link #tidy}); most texts already are, and are then not copied char by char. */
    private String tidied(CharSequence text, boolean lines) {
        if (isTidy(text)) return text.toString();
        tidy.setLength(0);
        tidy(text, tidy, lines);
        return tidy.toString();
    }

    private static void gather(Element e, StringBuilder sb) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            Node node = e.childNode(i);
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element c && !SKIP.contains(c.normalName())) {
                String tag = c.normalName();
                boolean block = tag.equals("br") || BLOCK.contains(tag);
                if (block) sb.append('\n');
                gather(c, sb);
                if (block && !tag.equals("br")) sb.append('\n');
            }
            // DataNodes (inline <style>/<script> data) are not text
        }
    }

    private void append(String text) {
        if (text.isEmpty()) return;
        if (single == null && line.isEmpty()) {
            single = text;
            return;
        }
        if (single != null) {
            line.append(single);
            single = null;
        }
        line.append(text);
    }

    private void flush() {
        String s;
        if (single != null) {
            s = tidied(single, false);
            single = null;
        } else if (!line.isEmpty()) {
            s = tidied(line, false);
            line.setLength(0);
        } else {
            return;
        }
        if (!s.isEmpty()) blocks.add(Page.Block.line(s));
    }

    /**
     * Appends {@code src} to {@code out} with runs of {@link #isSpace spaces} collapsed to one ' ' and the ends
     * stripped of all whitespace (incl. U+3000). With {@code lines}, each "\n"-separated line is tidied on its own,
     * blank lines are dropped and the others joined by "\n"; otherwise "\n" is just a space. One pass, no
     * intermediate strings: this runs for every line and cell of every page.
     */
    static void tidy(CharSequence src, StringBuilder out, boolean lines) {
        int begin = out.length();
        int lineStart = begin;
        boolean space = false;
        for (int i = 0, n = src.length(); i < n; i++) {
            char c = src.charAt(i);
            if (c == '\n' && lines) {
                stripEnd(out, lineStart);
                if (out.length() > lineStart) out.append('\n');
                lineStart = out.length();
                space = false;
            } else if (isSpace(c)) {
                space = true;
            } else if (out.length() == lineStart) {
                // strip the start: nothing of this line is written until its first non-whitespace character
                if (!Character.isWhitespace(c)) out.append(c);
                space = false;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        stripEnd(out, lineStart);
        // a trailing blank line leaves the separator written before it
        if (lines && out.length() == lineStart && lineStart > begin) {
            out.setLength(lineStart - 1);
        }
    }

    /**
     * True when {@link #tidy} would leave {@code s} as it is (either mode): no whitespace at the ends, and no
     * collapsing space in between other than single ' ' characters (so no line break either).
     */
    static boolean isTidy(CharSequence s) {
        int n = s.length();
        if (n == 0) return true;
        if (isSpace(s.charAt(0)) || Character.isWhitespace(s.charAt(0))) return false;
        if (isSpace(s.charAt(n - 1)) || Character.isWhitespace(s.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(s.charAt(i + 1)))) return false;
        }
        return true;
    }

    private static void stripEnd(StringBuilder out, int from) {
        int end = out.length();
        while (end > from && Character.isWhitespace(out.charAt(end - 1))) end--;
        out.setLength(end);
    }

    /** The whitespace that collapses: ASCII whitespace, no-break space, zero-width space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B';
    }

    /** The first element named {@code tag} in or under {@code root}, in document order, or null (no selector parse). */
    static Element firstByTag(Element root, String tag) {
        if (root.normalName().equals(tag)) return root;
        for (int i = 0, n = root.childNodeSize(); i < n; i++) {
            if (root.childNode(i) instanceof Element c) {
                Element found = firstByTag(c, tag);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static boolean anyScriptWithTables(Element e) {
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            if (e.childNode(i) instanceof Element c) {
                if (c.normalName().equals("script") ? JsStrings.carriesTableMarkup(c.data()) : anyScriptWithTables(c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int visibleChars(Element body) {
        if (body == null) return 0;
        String t = body.text();
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\u00A0') n++;
        }
        return n;
    }
}
