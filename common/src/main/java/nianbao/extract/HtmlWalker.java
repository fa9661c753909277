package nianbao.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
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
    private final StringBuilder line = new StringBuilder();
    private boolean searchScripts;
    private int depth;

    List<Page.Block> walk(Document doc) {
        Element title = doc.head() == null ? null : doc.head().selectFirst("title");
        if (title != null) {
            append(title.text());
            flush();
        }
        searchScripts = anyScriptWithTables(doc)
                && (doc.selectFirst("table") == null || visibleChars(doc.body()) < TINY_BODY);
        if (searchScripts) {
            // scripts in <head> are visited too: document.write in the head is common
            for (Element s : doc.head().select("script")) embedded(s);
        }
        walkChildren(doc.body());
        flush();
        return blocks;
    }

    private void walkChildren(Element e) {
        for (Node child : e.childNodes()) walkNode(child);
    }

    private void walkNode(Node node) {
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
        for (Element c : table.children()) {
            if (c.normalName().equals("caption")) {
                append(c.text());
                flush();
            }
        }
        SpanGrid grid = new SpanGrid();
        for (Element tr : rowsOf(table)) {
            List<Element> cells = new ArrayList<>();
            boolean layout = false;
            for (Element c : tr.children()) {
                if (c.normalName().equals("td") || c.normalName().equals("th")) {
                    cells.add(c);
                    if (c.selectFirst("table") != null) layout = true;
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
            grid.startRow();
            for (Element c : cells) grid.cell(cellText(c), span(c, "colspan"), span(c, "rowspan"));
            blocks.add(Page.Block.row(grid.endRow()));
        }
    }

    /** The table's own rows (not those of nested tables), in document order. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element c : table.children()) {
            String t = c.normalName();
            if (t.equals("tr")) {
                rows.add(c);
            } else if (t.equals("thead") || t.equals("tbody") || t.equals("tfoot")) {
                for (Element r : c.children()) {
                    if (r.normalName().equals("tr")) rows.add(r);
                }
            }
        }
        return rows;
    }

    private static int span(Element c, String attr) {
        String v = c.attr(attr).trim();
        if (v.isEmpty()) return 1;
        int n = 0;
        for (int i = 0; i < v.length() && Character.isDigit(v.charAt(i)) && n < 100_000; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n < 1 ? 1 : n;
    }

    /** A cell's text: lines from {@code <br>}/blocks joined by "\n", whitespace collapsed, blank → "". */
    static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        cellText(cell, sb);
        return tidyLines(sb);
    }

    private static void cellText(Element e, StringBuilder sb) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element c && !SKIP.contains(c.normalName())) {
                String tag = c.normalName();
                boolean block = tag.equals("br") || BLOCK.contains(tag);
                if (block) sb.append('\n');
                cellText(c, sb);
                if (block && !tag.equals("br")) sb.append('\n');
            } else if (n instanceof DataNode) {
                // inline <style>/<script> data: not text
            }
        }
    }

    private static String tidyLines(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        for (String part : raw.toString().split("\n")) {
            String s = collapse(part);
            if (s.isEmpty()) continue;
            if (!out.isEmpty()) out.append('\n');
            out.append(s);
        }
        return out.toString();
    }

    private void append(String text) {
        line.append(text);
    }

    private void flush() {
        if (line.isEmpty()) return;
        String s = collapse(line);
        line.setLength(0);
        if (!s.isEmpty()) blocks.add(Page.Block.line(s));
    }

    /** Collapses runs of ASCII whitespace and no-break spaces to one space and strips the ends (incl. U+3000). */
    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B') {
                space = true;
            } else {
                if (space && !out.isEmpty()) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean anyScriptWithTables(Document doc) {
        for (Element s : doc.getElementsByTag("script")) {
            if (JsStrings.carriesTableMarkup(s.data())) return true;
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
