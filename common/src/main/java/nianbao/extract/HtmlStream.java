package nianbao.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import static nianbao.extract.HtmlTags.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path for HTML: a page's blocks read in one pass over the markup, without building a DOM.
 *
 * <p>Why it exists: jsoup's HTML5 tree builder is half the cost of parsing a report page (~230 µs of ~490 µs for a
 * 16 KB page, measured), which alone keeps HTML below the parser's throughput bar. Most report pages are CMS or Word
 * output whose tree is what the tags say; for those, the blocks can be read while tokenising. jsoup stays the parser
 * of record: this class follows the HTML5 tree-construction rules jsoup implements only as far as they decide where
 * text, block boundaries, rows and cells fall, and <em>declines</em> (returns null, and the page goes to jsoup and
 * {@link HtmlWalker}) at the first construct whose handling could move text or that it does not model: foster-parented
 * table content, scripts carrying table markup, misnested formatting around blocks (the adoption agency's "furthest
 * block"), nested forms or forms closed out of order, buttons, templates, SVG/MathML, CDATA, frames, and rare tags
 * (listing, xmp, plaintext, menu, …). Tokens come from {@link HtmlTokens}; tag categories from {@link HtmlTags}.
 * {@code HtmlStreamEquivalenceTest} holds it to equal output with the jsoup path on every page it accepts.
 *
 * <p>The output rules are {@link HtmlWalker}'s: block elements end a line, {@code <br>} ends a line, each table row
 * becomes a row block with spans resolved by {@link SpanGrid} (a row holding a nested table is read as body text, the
 * walker's layout rows), cell text keeps line breaks from {@code <br>} and blocks, a table's captions come before its
 * rows, the first {@code <title>} of the head is the first line. One instance per page.
 */
final class HtmlStream {
    /** Deeper than this, jsoup's bounded scope searches could differ from ours. */
    private static final int MAX_DEPTH = 80;

    /** Thrown where the fast path stops: the page is read by jsoup instead. */
    static final class Decline extends RuntimeException {
        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE_ = new Decline();

    /** An element on the stack of open elements (identity matters for the active formatting list). */
    private static final class Open {
        private final String name;
        private final int kind;

        Open(String name, int kind) {
            this.name = name;
            this.kind = kind;
        }

        String name() {
            return name;
        }

        int kind() {
            return kind;
        }
    }

    private static final Open MARKER = new Open("", 0);
    private static final Open HTML = new Open("html", SPECIAL | SCOPE | TABLE_SCOPE | BLOCK);

    private final HtmlTokens tok;

    private final Open[] stack = new Open[MAX_DEPTH + 8];
    private int depth;
    private final List<Open> formatting = new ArrayList<>();
    private boolean formOpen;
    private boolean inBody;
    private boolean headTitleSeen;
    /** A {@code </head>} was seen (a {@code <noscript>} then starts the body). */
    private boolean afterHead;
    /** Document mode for "does a table close an open p": 1 quirks, 0 no-quirks, -1 not known. */
    private int quirks = 1;
    private boolean sawFirstToken;
    /**
     * After {@code </body>} or {@code </html>}: whitespace then goes to the html element or the document, outside the
     * body the walker reads, until any other token brings jsoup back into the body.
     */
    private int afterBody;
    private static final int AFTER_BODY = 1, AFTER_AFTER_BODY = 2;
    /** How many elements the walker skips whole (a button, an object) are open: their content is not output. */
    private int skipping;

    private final List<Page.Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private String single;
    private final StringBuilder tidy = new StringBuilder();

    /** Cell text marks block boundaries and line breaks with this (the page has no NUL: such pages decline). */
    private static final char BREAK = '\0';

    /** An open table: its grid, its open row's cells so far, its open cell. */
    private static final class Table {
        final Open element;
        SpanGrid grid = new SpanGrid();
        boolean rowOpen;
        /** A row has started (a caption after one would be printed out of place). */
        boolean rowSeen;
        /** The open row holds a nested table: its cells are read as body text (HtmlWalker's layout rows). */
        boolean layout;
        /** The open row's closed cells: raw text with {@link #BREAK}s, and [colspan, rowspan]. */
        final List<String> cells = new ArrayList<>();
        final List<int[]> spans = new ArrayList<>();
        Open cell;
        int colspan, rowspan;
        final StringBuilder cellText = new StringBuilder();

        Table(Open element) {
            this.element = element;
        }
    }

    /** The open tables, innermost last; {@link #t} is the innermost or null. */
    private final List<Table> tables = new ArrayList<>();
    private Table t;

    /** The current tag's name and kind (copied from {@link #tok}: read on every rule). */
    private String tag;
    private int tagKind;

    private HtmlStream(String html) {
        this.tok = new HtmlTokens(html);
    }

    /** The page's blocks exactly as {@code new HtmlWalker().walk(Jsoup.parse(html))} gives them, or null. */
    static List<Page.Block> blocks(String html) {
        if (html.indexOf('\0') >= 0) return null;
        try {
            return new HtmlStream(html).run();
        } catch (Decline d) {
            return null;
        }
    }

    static Decline decline() {
        return DECLINE_;
    }

    private List<Page.Block> run() {
        stack[depth++] = HTML;
        while (true) {
            int type = tok.next();
            if (afterBody != 0 && type != HtmlTokens.EOF && !backInBody(type)) continue;
            switch (type) {
                case HtmlTokens.TEXT -> text();
                case HtmlTokens.START -> {
                    current();
                    startTag();
                }
                case HtmlTokens.END -> {
                    current();
                    endTag();
                }
                case HtmlTokens.DOCTYPE -> {
                    // only a doctype before anything else sets the document mode
                    if (!sawFirstToken) quirks = tok.quirks;
                    sawFirstToken = true;
                }
                case HtmlTokens.EOF -> {
                    endOfFile();
                    return blocks;
                }
                default -> {
                }
            }
        }
    }

    /**
     * In the after-body modes: false when the token is consumed there (whitespace, comments, {@code <html>},
     * {@code </html>}), true when it returns jsoup to the body, where it is then read. Those modes split a text run's
     * leading whitespace off as a token of its own (dropped here); a character reference among it declines.
     */
    private boolean backInBody(int type) {
        switch (type) {
            case HtmlTokens.TEXT -> {
                int i = tok.textFrom;
                while (i < tok.textTo && HtmlTokens.isSpace(tok.chars[i])) i++;
                if (i < tok.textTo && tok.chars[i] == '&') throw decline();
                if (i == tok.textTo) return false;
                tok.textFrom = i;
            }
            case HtmlTokens.COMMENT, HtmlTokens.DOCTYPE -> {
                return false;
            }
            case HtmlTokens.START -> {
                if (tok.tag.equals("html")) return false;
            }
            case HtmlTokens.END -> {
                if (tok.tag.equals("html")) {
                    afterBody = AFTER_AFTER_BODY;
                    return false;
                }
            }
            default -> {
            }
        }
        afterBody = 0;
        return true;
    }

    /** HTML5 "body in scope": no table, cell or other scope boundary open above it. */
    private boolean bodyInScope() {
        for (int i = depth - 1; i > 0; i--) {
            if ((stack[i].kind() & SCOPE) != 0) return false;
        }
        return true;
    }

    private void current() {
        tag = tok.tag;
        tagKind = tok.tagKind;
    }

    // ---- tree construction (the subset that decides text placement) ----

    private void text() {
        if (!tok.textHasEntity && cellOutput() && skipping == 0) {
            // most text of a page is cell text: appended from the array, no String made
            reconstructFormatting();
            t.cellText.append(tok.chars, tok.textFrom, tok.textTo - tok.textFrom);
            return;
        }
        characters(tok.text());
    }

    private void characters(String text) {
        if (!inBody) {
            if (isBlank(text)) return;
            sawFirstToken = true;
            inBody = true;
        }
        if (inTableContext()) {
            // character tokens with a table, section or row as the current node: whitespace stays in the table,
            // anything else is foster-parented before it (it would move), so we decline
            if (!isBlank(text)) throw decline();
            return;
        }
        reconstructFormatting();
        append(text);
    }

    private void startTag() {
        sawFirstToken = true;
        int kind = tagKind;
        if (!inBody && !headStartTag(kind)) return;
        if (inCell() && cellStartTag()) return;
        if (inTableContext()) {
            tableStartTag();
            return;
        }
        bodyStartTag(kind);
    }

    /** In the head: true when the tag starts the body (then processed there). */
    private boolean headStartTag(int kind) {
        switch (tag) {
            case "html", "head", "base", "basefont", "bgsound", "link", "meta" -> {
                return false;
            }
            case "title" -> {
                headTitle();
                return false;
            }
            case "style" -> {
                tok.rawText("style");
                return false;
            }
            case "script" -> {
                script();
                return false;
            }
            case "body" -> {
                inBody = true;
                return false;
            }
            case "noscript" -> {
                if (afterHead) {
                    inBody = true; // after </head>, a <noscript> starts the body
                    return true;
                }
                noscript();
                return false;
            }
            default -> {
                if ((kind & HEAD_ONLY) != 0) throw decline();
                inBody = true;
                return true;
            }
        }
    }

    /**
     * A {@code <noscript>}: jsoup reads its content as an island of plain elements that ends at {@code </noscript>}
     * (or the end of the page) and touches nothing outside it, and the walker skips it whole; only the raw-text
     * elements in it need care, so that a "</noscript>" inside a script or style does not end it.
     */
    private void noscript() {
        while (true) {
            int type = tok.next();
            if (type == HtmlTokens.EOF) {
                tok.unread();
                return;
            }
            if (type == HtmlTokens.END && tok.tag.equals("noscript")) return;
            if (type != HtmlTokens.START) continue;
            // a table element in it, though never walked, still makes the walker read the row holding it as layout
            if (tok.tag.equals("table") && inCell() && !t.layout) layoutRow();
            if (tok.selfClosing) continue;
            if (tok.tag.equals("script")) {
                script(); // the walker searches every script for table markup, skipped ones too
            } else if (tok.tag.equals("title") && !inBody) {
                headTitle(); // an island in the head: the walker takes the head's first title, wherever in it
            } else if (HtmlTags.isRawText(tok.tag)) {
                tok.rawText(tok.tag);
            }
        }
    }

    /** HTML tags that end foreign (SVG) content when they start in it: jsoup reads them as HTML again. */
    private static final java.util.Set<String> BREAKOUT = java.util.Set.of("b", "big", "blockquote", "body", "br",
            "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr",
            "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strike",
            "strong", "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    /**
     * An inline {@code <svg>} (icons in page headers): the walker skips it whole, and jsoup reads its content as
     * foreign elements until {@code </svg>}. Content that jsoup would read as HTML again (an HTML tag breaking out, a
     * tag inside an SVG title or description, an end tag matching nothing open in it) declines.
     */
    private void svg() {
        List<String> open = new ArrayList<>();
        open.add("svg");
        while (true) {
            int type = tok.next();
            if (type == HtmlTokens.EOF) {
                tok.unread();
                return;
            }
            if (type == HtmlTokens.START) {
                String current = open.get(open.size() - 1);
                if (BREAKOUT.contains(tok.tag) || current.equals("title") || current.equals("desc")
                        || current.equals("foreignobject")) {
                    throw decline();
                }
                if (tok.selfClosing) continue;
                if (tok.tag.equals("script")) {
                    script(); // SVG's <script> is script data, as in HTML
                    continue;
                }
                open.add(tok.tag);
            } else if (type == HtmlTokens.END) {
                if (tok.tag.equals("br") || tok.tag.equals("p")) throw decline();
                int i = open.lastIndexOf(tok.tag);
                if (i < 0) throw decline(); // jsoup would read it as an HTML end tag
                open.subList(i, open.size()).clear();
                if (open.isEmpty()) return;
            }
        }
    }

    /** A title in the head: the first one is the page's first line, as jsoup's whitespace-normalised text. */
    private void headTitle() {
        String raw = tok.rawText("title");
        if (headTitleSeen) return;
        headTitleSeen = true;
        String decoded = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        append(new Element("title").appendChild(new TextNode(decoded)).text());
        flush();
    }

    private void script() {
        String data = tok.rawText("script");
        // "<!--" then "<script" inside a script: the double-escaped state, where the first </script> does not end it
        int open = data.indexOf("<!--");
        if (open >= 0 && indexOfIgnoreCase(data, "<script", open) >= 0) throw decline();
        if (JsStrings.carriesTableMarkup(data)) throw decline();
    }

    /** Start tags inside a cell that close it; true when handled. */
    private boolean cellStartTag() {
        switch (tag) {
            case "td", "th", "tr", "tbody", "thead", "tfoot" -> {
                closeCell();
                tableStartTag();
                return true;
            }
            case "caption", "col", "colgroup" -> throw decline();
            default -> {
                return false;
            }
        }
    }

    /** Start tags with a table, section or row as the current node. */
    private void tableStartTag() {
        String current = stack[depth - 1].name();
        switch (tag) {
            case "td", "th" -> {
                if (!t.rowOpen) {
                    if (current.equals("table")) push("tbody", 0);
                    startRow();
                }
                push(tag, SPECIAL | SCOPE);
                t.cell = stack[depth - 1];
                formatting.add(MARKER);
                if (t.layout) {
                    flush(); // a cell of a layout row is a block of body text
                } else {
                    t.cellText.setLength(0);
                    t.colspan = HtmlWalker.span(tok.colspan);
                    t.rowspan = HtmlWalker.span(tok.rowspan);
                }
            }
            case "tr" -> {
                if (t.rowOpen) endRow();
                if (current.equals("table")) push("tbody", 0);
                startRow();
            }
            case "tbody", "thead", "tfoot" -> {
                if (t.rowOpen) endRow();
                clearToTable();
                push(tag, SPECIAL);
            }
            case "colgroup", "col" -> {
                if (t.rowOpen || !current.equals("table")) throw decline();
                // column groups hold only <col>s; their closing tags are ignored below
                if (!tok.selfClosing && tag.equals("colgroup")) colGroup();
            }
            case "caption" -> {
                if (t.rowSeen) throw decline();
                clearToTable();
                caption();
            }
            case "style" -> tok.rawText("style");
            case "script" -> script();
            case "noscript" -> noscript(); // inserted in the table, not foster-parented
            default -> throw decline();
        }
    }

    /**
     * A caption of text and inline markup (anything else in it declines): HtmlWalker prints each caption of a table,
     * as jsoup's whitespace-normalised text, on a line before the table's rows. Captions are rare and short, so jsoup
     * itself reads this one's markup, in a table as on the page.
     */
    private void caption() {
        int from = tok.position();
        while (true) {
            int type = tok.next();
            if (type == HtmlTokens.TEXT || type == HtmlTokens.COMMENT) continue;
            if (type == HtmlTokens.END && tok.tag.equals("caption")) break;
            if ((type != HtmlTokens.START && type != HtmlTokens.END)
                    || (tok.tagKind & (SPECIAL | DECLINE)) != 0 && !tok.tag.equals("br")) {
                throw decline();
            }
        }
        String markup = tok.source(from, tok.tokenStart());
        Element table = Jsoup.parseBodyFragment("<table><caption>" + markup + "</caption></table>").body().child(0);
        if (table.childNodeSize() == 0 || !table.child(0).normalName().equals("caption")) throw decline();
        append(table.child(0).text());
        flush();
    }

    /** A {@code <colgroup>}: nothing but {@code <col>}s, comments and whitespace until it ends. */
    private void colGroup() {
        while (true) {
            int type = tok.next();
            if (type == HtmlTokens.TEXT) {
                if (!isBlank(tok.text())) throw decline(); // foster-parented
            } else if (type == HtmlTokens.START || type == HtmlTokens.END) {
                if (tok.tag.equals("col")) continue;
                if (type == HtmlTokens.END && tok.tag.equals("colgroup")) return;
                tok.unread(); // anything else ends the group and is processed in the table
                return;
            } else if (type != HtmlTokens.COMMENT) {
                throw decline();
            }
        }
    }

    /**
     * A {@code <select>} (a link menu in a page's footer): jsoup parses its content as body content inside the select
     * element, which the walker skips whole, so when it holds only options, option groups, text and comments, nothing
     * of it is output and the page reads on after {@code </select>}; anything else in it declines.
     */
    private void skipSelect() {
        while (true) {
            int type = tok.next();
            if (type == HtmlTokens.TEXT || type == HtmlTokens.COMMENT) continue;
            if (type != HtmlTokens.START && type != HtmlTokens.END) throw decline();
            if (tok.tag.equals("option") || tok.tag.equals("optgroup")) continue;
            if (type == HtmlTokens.END && tok.tag.equals("select")) return;
            throw decline();
        }
    }

    private void startRow() {
        clearToSection();
        push("tr", SPECIAL);
        t.rowOpen = true;
        t.rowSeen = true;
        t.layout = false;
        t.cells.clear();
        t.spans.clear();
    }

    private void bodyStartTag(int kind) {
        if (tag.equals("select")) {
            reconstructFormatting();
            skipSelect();
            return;
        }
        if ((kind & DECLINE) != 0) throw decline();
        if (depth >= MAX_DEPTH) throw decline();
        switch (tag) {
            case "html", "body", "head", "base", "basefont", "bgsound", "link", "meta", "param", "source", "track" -> {
                return;
            }
            case "caption", "col", "colgroup", "frame", "tbody", "td", "tfoot", "th", "thead", "tr" -> {
                return; // dropped outside tables
            }
            case "title" -> {
                String raw = tok.rawText("title");
                boundary();
                append(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw);
                boundary();
                return;
            }
            case "style", "iframe", "textarea" -> {
                tok.rawText(tag);
                return;
            }
            case "script" -> {
                script();
                return;
            }
            case "noscript" -> {
                reconstructFormatting();
                noscript();
                return;
            }
            case "button" -> {
                if (inButtonScope("button")) throw decline(); // a button inside a button closes the first
                reconstructFormatting();
                pushElement(kind);
                return;
            }
            case "object" -> {
                reconstructFormatting();
                pushElement(kind);
                formatting.add(MARKER);
                return;
            }
            case "svg" -> {
                reconstructFormatting();
                if (!tok.selfClosing) svg();
                return;
            }
            case "marquee" -> {
                // a mirror site's scrolling banner: inline for the walker, a scope and a formatting marker for jsoup
                reconstructFormatting();
                pushElement(kind);
                formatting.add(MARKER);
                return;
            }
            case "table" -> {
                if (skipping > 0) throw decline(); // the walker would skip its rows too
                if (inCell() && !t.layout) layoutRow();
                if (inButtonScope("p")) {
                    if (quirks < 0) throw decline();
                    if (quirks == 0) closeP();
                }
                push("table", SPECIAL | SCOPE | TABLE_SCOPE);
                flush();
                t = new Table(stack[depth - 1]);
                tables.add(t);
                return;
            }
            case "li", "dd", "dt" -> {
                boolean li = tag.equals("li");
                int bottom = li ? 1 : Math.max(1, depth - 25);
                for (int i = depth - 1; i >= bottom; i--) {
                    Open e = stack[i];
                    if (li ? e.name().equals("li") : (e.name().equals("dd") || e.name().equals("dt"))) {
                        generateImpliedEndTags(e.name());
                        popUntil(e.name());
                        break;
                    }
                    if ((e.kind() & SPECIAL) != 0 && !isLiBreaker(e.name())) break;
                }
                if (inButtonScope("p")) closeP();
                pushElement(kind);
                return;
            }
            case "form" -> {
                if (formOpen) throw decline();
                if (inButtonScope("p")) closeP();
                pushElement(kind);
                formOpen = true;
                return;
            }
            case "a" -> {
                if (activeFormatting("a") != null) {
                    // an <a> inside an <a>: the first is closed as by </a>; one it cannot close declines
                    adoption();
                    for (int i = depth - 1; i > 0; i--) {
                        if (stack[i].name().equals("a")) throw decline();
                    }
                }
                reconstructFormatting();
                pushElement(kind);
                formatting.add(stack[depth - 1]);
                return;
            }
            case "nobr" -> {
                reconstructFormatting();
                if (inScope("nobr", 0)) {
                    adoption();
                    reconstructFormatting();
                }
                pushElement(kind);
                formatting.add(stack[depth - 1]);
                return;
            }
            case "br" -> {
                reconstructFormatting();
                boundary();
                return;
            }
            case "area", "embed", "img", "image", "keygen", "wbr", "input" -> {
                reconstructFormatting();
                return;
            }
            case "hr" -> {
                if (inButtonScope("p")) closeP();
                boundary();
                boundary();
                return;
            }
            default -> {
            }
        }
        if ((kind & (P_CLOSER | HEADING)) != 0) {
            if (inButtonScope("p")) closeP();
            if ((kind & HEADING) != 0 && (stack[depth - 1].kind() & HEADING) != 0) pop();
            pushElement(kind);
            return;
        }
        if (tag.equals("pre")) {
            if (inButtonScope("p")) closeP();
            pushElement(kind);
            return;
        }
        reconstructFormatting();
        pushElement(kind);
        if ((kind & FORMATTING) != 0) formatting.add(stack[depth - 1]);
    }

    private void endTag() {
        sawFirstToken = true;
        if (!inBody) {
            switch (tag) {
                case "body", "html", "br" -> inBody = true;
                case "head" -> {
                    afterHead = true;
                    return;
                }
                default -> {
                    return;
                }
            }
        }
        if (inCell() && cellEndTag()) return;
        if (inTableContext() && tableEndTag()) return;
        bodyEndTag();
    }

    /** End tags inside a cell with rules of their own; true when handled. */
    private boolean cellEndTag() {
        switch (tag) {
            case "td", "th" -> {
                if (t.cell.name().equals(tag)) closeCell();
                return true;
            }
            case "body", "caption", "col", "colgroup", "html" -> {
                return true;
            }
            case "table", "tbody", "tfoot", "thead", "tr" -> {
                if (!inTableScope(tag)) return true;
                closeCell();
                tableEndTag();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** End tags with a table, section or row as the current node; true when handled. */
    private boolean tableEndTag() {
        switch (tag) {
            case "tr" -> {
                if (t.rowOpen) endRow();
                return true;
            }
            case "tbody", "thead", "tfoot" -> {
                if (!inTableScope(tag)) return true;
                if (t.rowOpen) endRow();
                clearToTable();
                return true;
            }
            case "table" -> {
                if (t.rowOpen) endRow();
                popUntil("table");
                tables.remove(tables.size() - 1);
                t = tables.isEmpty() ? null : tables.get(tables.size() - 1);
                return true;
            }
            case "body", "caption", "col", "colgroup", "html", "td", "th" -> {
                return true;
            }
            case "p", "br" -> throw decline(); // would insert an element, foster-parented
            default -> {
                return false; // in-body rules; with the table as a scope boundary they find nothing to close
            }
        }
    }

    private void bodyEndTag() {
        int kind = tagKind;
        switch (tag) {
            case "body" -> {
                if (bodyInScope()) afterBody = AFTER_BODY;
                return;
            }
            case "html" -> {
                afterBody = AFTER_AFTER_BODY;
                return;
            }
            case "template" -> throw decline();
            case "marquee", "object" -> {
                if (inScope("name", 0)) return; // jsoup 1.24 tests for an element literally named "name" here
                if (!inScope(tag, 0)) return;
                generateImpliedEndTags(null);
                popUntil(tag);
                clearFormattingToMarker();
                return;
            }
            case "p" -> {
                if (!inButtonScope("p")) {
                    // a stray </p> opens and closes an empty paragraph: a block boundary
                    boundary();
                    boundary();
                    return;
                }
                closeP();
                return;
            }
            case "br" -> {
                reconstructFormatting();
                boundary();
                return;
            }
            case "li" -> {
                if (!inScope("li", LIST_SCOPE)) return;
                generateImpliedEndTags("li");
                popUntil("li");
                return;
            }
            case "dd", "dt" -> {
                if (!inScope(tag, 0)) return;
                generateImpliedEndTags(tag);
                popUntil(tag);
                return;
            }
            case "form" -> {
                boolean wasOpen = formOpen;
                formOpen = false;
                if (!wasOpen || !inScope("form", 0)) return;
                generateImpliedEndTags(null);
                if (!stack[depth - 1].name().equals("form")) throw decline();
                pop();
                return;
            }
            default -> {
            }
        }
        if ((kind & HEADING) != 0) {
            if (!headingInScope()) return;
            generateImpliedEndTags(tag);
            while (depth > 1) {
                Open e = pop();
                if ((e.kind() & HEADING) != 0) break;
            }
            return;
        }
        if ((kind & FORMATTING) != 0) {
            adoption();
            return;
        }
        if ((kind & CLOSER) != 0) {
            if (!inScope(tag, 0)) return;
            generateImpliedEndTags(null);
            popUntil(tag);
            return;
        }
        anyOtherEndTag();
    }

    /** The adoption agency for an end tag of a formatting element, in the cases that cannot move text. */
    private void adoption() {
        Open current = stack[depth - 1];
        if (current.name().equals(tag) && !formatting.contains(current)) {
            pop();
            return;
        }
        Open el = activeFormatting(tag);
        if (el == null) {
            anyOtherEndTag();
            return;
        }
        int at = stackIndex(el);
        if (at < 0) {
            formatting.remove(el);
            return;
        }
        if (!inScope(el)) return;
        for (int i = at + 1; i < depth; i++) {
            if ((stack[i].kind() & SPECIAL) != 0) throw decline(); // a furthest block: the DOM is rearranged
        }
        while (depth > at) pop();
        formatting.remove(el);
    }

    private void anyOtherEndTag() {
        for (int i = depth - 1; i >= 0; i--) {
            Open e = stack[i];
            if (e.name().equals(tag)) {
                generateImpliedEndTags(tag);
                popUntil(tag);
                return;
            }
            if ((e.kind() & SPECIAL) != 0) return;
        }
    }

    private void endOfFile() {
        while (t != null) {
            if (t.cell != null) closeCell();
            if (t.rowOpen) endRow();
            popUntil("table");
            tables.remove(tables.size() - 1);
            t = tables.isEmpty() ? null : tables.get(tables.size() - 1);
        }
        while (depth > 1) pop();
        flush();
    }

    // ---- the stack ----

    private void pushElement(int kind) {
        push(tag, kind);
        if ((kind & VOID) != 0) pop();
    }

    private void push(String name, int kind) {
        if (depth >= MAX_DEPTH) throw decline();
        Open e = new Open(name, kind);
        stack[depth++] = e;
        if ((kind & SKIP) != 0) skipping++;
        if ((kind & BLOCK) != 0) boundary();
    }

    private Open pop() {
        Open e = stack[--depth];
        stack[depth] = null;
        if ((e.kind() & SKIP) != 0) skipping--;
        if ((e.kind() & BLOCK) != 0) boundary();
        return e;
    }

    private void popUntil(String name) {
        while (depth > 1) {
            if (pop().name().equals(name)) return;
        }
    }

    private void closeP() {
        generateImpliedEndTags("p");
        popUntil("p");
    }

    private void generateImpliedEndTags(String except) {
        while (depth > 1) {
            Open e = stack[depth - 1];
            if ((e.kind() & IMPLIED_END) == 0 || e.name().equals(except)) return;
            pop();
        }
    }

    private void clearToTable() {
        while (stack[depth - 1] != t.element) pop();
    }

    private void clearToSection() {
        while (true) {
            String c = stack[depth - 1].name();
            if (stack[depth - 1] == t.element || c.equals("tbody") || c.equals("thead") || c.equals("tfoot")) return;
            pop();
        }
    }

    private boolean inButtonScope(String name) {
        return inScope(name, BUTTON_SCOPE);
    }

    /** HTML5 "has an element in scope", with {@code extra} boundary kinds beside the default ones. */
    private boolean inScope(String name, int extra) {
        for (int i = depth - 1; i >= 0; i--) {
            Open e = stack[i];
            if (e.name().equals(name)) return true;
            if ((e.kind() & (SCOPE | extra)) != 0) return false;
        }
        return false;
    }

    private boolean inScope(Open el) {
        for (int i = depth - 1; i >= 0; i--) {
            Open e = stack[i];
            if (e == el) return true;
            if ((e.kind() & SCOPE) != 0) return false;
        }
        return false;
    }

    private boolean inTableScope(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            Open e = stack[i];
            if (e.name().equals(name)) return true;
            if ((e.kind() & TABLE_SCOPE) != 0) return false;
        }
        return false;
    }

    private boolean headingInScope() {
        for (int i = depth - 1; i >= 0; i--) {
            Open e = stack[i];
            if ((e.kind() & HEADING) != 0) return true;
            if ((e.kind() & SCOPE) != 0) return false;
        }
        return false;
    }

    private int stackIndex(Open el) {
        for (int i = depth - 1; i >= 0; i--) {
            if (stack[i] == el) return i;
        }
        return -1;
    }

    private static boolean isLiBreaker(String name) {
        return name.equals("address") || name.equals("div") || name.equals("p");
    }

    // ---- active formatting elements ----

    private Open activeFormatting(String name) {
        for (int i = formatting.size() - 1; i >= 0; i--) {
            Open e = formatting.get(i);
            if (e == MARKER) return null;
            if (e.name().equals(name)) return e;
        }
        return null;
    }

    private void clearFormattingToMarker() {
        while (!formatting.isEmpty()) {
            if (formatting.remove(formatting.size() - 1) == MARKER) break;
        }
    }

    /** HTML5 "reconstruct the active formatting elements": reopens formatting closed by a block's end. */
    private void reconstructFormatting() {
        int size = formatting.size();
        if (size == 0) return;
        Open last = formatting.get(size - 1);
        if (last == MARKER || stackIndex(last) >= 0) return;
        int i = size - 1;
        while (i > 0) {
            Open e = formatting.get(i - 1);
            if (e == MARKER || stackIndex(e) >= 0) break;
            i--;
        }
        for (; i < size; i++) {
            Open e = formatting.get(i);
            if (depth >= MAX_DEPTH) throw decline();
            Open copy = new Open(e.name(), e.kind());
            stack[depth++] = copy;
            formatting.set(i, copy);
        }
    }

    // ---- table output ----

    private void closeCell() {
        generateImpliedEndTags(null);
        popUntil(t.cell.name());
        clearFormattingToMarker();
        if (t.layout) {
            flush();
        } else {
            StringBuilder c = t.cellText;
            if (!c.isEmpty() && c.charAt(c.length() - 1) == BREAK) c.setLength(c.length() - 1);
            t.cells.add(c.toString());
            t.spans.add(new int[]{t.colspan, t.rowspan});
        }
        t.cell = null;
    }

    private void endRow() {
        while (!stack[depth - 1].name().equals("tr")) pop();
        pop();
        t.rowOpen = false;
        if (t.layout) {
            // HtmlWalker: a layout row's cells were walked as body text; the table's grid starts afresh after it
            flush();
            t.grid = new SpanGrid();
            return;
        }
        if (t.cells.isEmpty()) return;
        t.grid.startRow(t.cells.size());
        for (int i = 0; i < t.cells.size(); i++) {
            String text = tidied(t.cells.get(i).replace(BREAK, '\n'), true);
            t.grid.cell(text, t.spans.get(i)[0], t.spans.get(i)[1]);
        }
        blocks.add(Page.Block.row(t.grid.endRow()));
    }

    /**
     * A table starts inside a cell: the row holding it is a layout row, whose cells HtmlWalker walks as body text
     * (a line per block, break and text run) rather than as cells. The row's cells read so far become those lines
     * now, and the rest of the row is read as body text.
     */
    private void layoutRow() {
        t.layout = true;
        for (String raw : t.cells) cellLines(raw);
        cellLines(t.cellText.toString());
        t.cells.clear();
        t.spans.clear();
    }

    /**
     * A cell's raw text as HtmlWalker walks a cell of a layout row: a block (a line ends before it), with a line per
     * break-separated run.
     */
    private void cellLines(String raw) {
        flush();
        int from = 0;
        for (int i = raw.indexOf(BREAK); i >= 0; i = raw.indexOf(BREAK, from)) {
            append(raw.substring(from, i));
            flush();
            from = i + 1;
        }
        append(raw.substring(from)); // the last run stays open: the cell's text may go on after the table starts
    }

    // ---- text output (HtmlWalker's rules) ----

    /** Inside a cell (the tree-construction rules of a cell apply). */
    private boolean inCell() {
        return t != null && t.cell != null;
    }

    /** A table, section or row is the current node (text there would be foster-parented). */
    private boolean inTableContext() {
        return t != null && t.cell == null;
    }

    /** Text goes to the open cell's text (not to body lines, as in a layout row's cells). */
    private boolean cellOutput() {
        return t != null && t.cell != null && !t.layout;
    }

    private void append(String text) {
        if (text.isEmpty() || skipping > 0) return;
        if (cellOutput()) {
            t.cellText.append(text);
            return;
        }
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

    /** A block element starts or ends, or a {@code <br>}: a line ends (in a cell, a line of the cell's text). */
    private void boundary() {
        if (skipping > 0) return;
        if (cellOutput()) {
            // a break at the start, after another break or at the end of a cell only makes a blank line, which the
            // cell's tidying drops: leaving those out lets most cells (one text run in a <p><span>) skip tidying
            StringBuilder c = t.cellText;
            if (!c.isEmpty() && c.charAt(c.length() - 1) != BREAK) c.append(BREAK);
        } else {
            flush();
        }
    }

    private void flush() {
        String t;
        if (single != null) {
            t = tidied(single, false);
            single = null;
        } else if (!line.isEmpty()) {
            t = tidied(line, false);
            line.setLength(0);
        } else {
            return;
        }
        if (!t.isEmpty()) blocks.add(Page.Block.line(t));
    }

    private String tidied(CharSequence text, boolean lines) {
        if (HtmlWalker.isTidy(text)) return text.toString();
        tidy.setLength(0);
        HtmlWalker.tidy(text, tidy, lines);
        return tidy.toString();
    }

    private static boolean isBlank(String text) {
        return HtmlTokens.isBlank(text);
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
