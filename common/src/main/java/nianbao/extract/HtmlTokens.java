package nianbao.extract;

import org.jsoup.parser.Parser;

import java.util.Locale;

/**
 * Splits a page into the tokens {@link HtmlStream} needs (text runs, start and end tags with the attributes that
 * matter, comments, a doctype), following the HTML5 tokenizer where it decides where tags, comments and text fall.
 * Markup it does not model (CDATA, abrupt comments, '<' inside a tag, input ending inside a tag) throws
 * {@link HtmlStream.Decline}. One instance per page; the current token is in the fields.
 */
final class HtmlTokens {
    static final int TEXT = 0, START = 1, END = 2, COMMENT = 3, DOCTYPE = 4, EOF = 5;

    private final String s;
    /** The same characters: the per-character loops read an array, faster than String.charAt. */
    final char[] chars;
    private final int n;
    private int pos;
    /** Where the current token starts (for {@link #unread()}). */
    private int tokenStart;

    /** A text token's range in {@link #chars}, and whether it has a character reference ('&'). */
    int textFrom, textTo;
    boolean textHasEntity;
    /** A tag token: its lower-case name, its {@link HtmlTags} kind bits (0 for names not known), its parts. */
    String tag;
    int tagKind;
    boolean selfClosing;
    /** The first colspan and rowspan attributes' values, or null. */
    String colspan, rowspan;
    /** A doctype token: the document mode jsoup derives from it (1 quirks, 0 no quirks, -1 not known here). */
    int quirks;

    HtmlTokens(String html) {
        this.s = html;
        this.chars = html.toCharArray();
        this.n = html.length();
    }

    /** Reads the next token; returns its type. */
    int next() {
        tokenStart = pos;
        if (pos >= n) return EOF;
        if (chars[pos] != '<' || !opensMarkup(pos)) return textRun();
        int at = pos;
        char c = chars[at + 1];
        if (isAsciiAlpha(c)) {
            pos = at + 1;
            scanTag();
            return START;
        }
        if (c == '/') {
            pos = at + 2;
            scanTag();
            return END;
        }
        if (c == '?') {
            // processing instruction or bogus comment (<?xml:namespace … /> in Word HTML): up to the next '>'
            pos = skipTo('>', at + 2);
            return COMMENT;
        }
        return declaration(at);
    }

    /** Steps back over the token just read, so that it is read again. */
    void unread() {
        pos = tokenStart;
    }

    /** The current text token, entities decoded. */
    String text() {
        String raw = s.substring(textFrom, textTo);
        return textHasEntity ? Parser.unescapeEntities(raw, false) : raw;
    }

    /** The start of the current token in the page (a caption's markup is cut out by position). */
    int tokenStart() {
        return tokenStart;
    }

    int position() {
        return pos;
    }

    /** A text run: up to the next '<' that opens markup (a '<' that does not, as in "1<2", is text). */
    private int textRun() {
        int i = pos;
        boolean amp = false;
        while (true) {
            // a loop, not String.indexOf: most gaps between tags are a few characters, shorter than the call's setup
            char c;
            while (i < n && (c = chars[i]) != '<') {
                if (c == '&') amp = true;
                i++;
            }
            if (i >= n || opensMarkup(i)) break;
            i++;
        }
        textFrom = pos;
        textTo = i;
        textHasEntity = amp;
        pos = i;
        return TEXT;
    }

    /** Whether the '<' at {@code i} opens a tag, comment, doctype or processing instruction. */
    private boolean opensMarkup(int i) {
        if (i + 1 >= n) return false;
        char c = chars[i + 1];
        if (isAsciiAlpha(c) || c == '!' || c == '?') return true;
        if (c != '/') return false;
        if (i + 2 < n && isAsciiAlpha(chars[i + 2])) return true;
        throw HtmlStream.decline(); // "</" then no letter: a bogus comment or dropped "</>", not modelled
    }

    private int declaration(int at) {
        if (s.startsWith("<!--", at)) {
            int from = at + 4;
            // "<!-->" and "<!--->" are whole (empty) comments; otherwise the first "-->" or "--!>" ends one
            if (s.startsWith(">", from) || s.startsWith("->", from)) {
                pos = s.indexOf('>', from) + 1;
                return COMMENT;
            }
            int end = s.indexOf("-->", from);
            int bang = s.indexOf("--!>", from);
            if (end < 0 && bang < 0) throw HtmlStream.decline(); // jsoup: a comment to the end of the page
            pos = bang >= 0 && (end < 0 || bang < end) ? bang + 4 : end + 3;
            return COMMENT;
        }
        if (s.regionMatches(true, at + 2, "DOCTYPE", 0, 7)) {
            int end = skipTo('>', at + 9);
            quirks = doctypeQuirks(s.substring(at + 9, end - 1));
            pos = end;
            return DOCTYPE;
        }
        if (s.startsWith("[CDATA[", at + 2)) throw HtmlStream.decline(); // jsoup makes a text node of it
        // bogus comment (<![if !supportLists]>, <![endif]>)
        pos = skipTo('>', at + 2);
        return COMMENT;
    }

    /** jsoup's rule: quirks unless the doctype is named html and its public id is not "HTML"; odd ones: not known. */
    private static int doctypeQuirks(String body) {
        String d = body.strip();
        int sp = 0;
        while (sp < d.length() && !isSpace(d.charAt(sp))) sp++;
        if (!d.substring(0, sp).equalsIgnoreCase("html")) return 1;
        String rest = d.substring(sp).strip();
        if (rest.isEmpty() || rest.regionMatches(true, 0, "SYSTEM", 0, 6)) return 0;
        if (!rest.regionMatches(true, 0, "PUBLIC", 0, 6)) return -1;
        String id = rest.substring(6).strip();
        if (id.isEmpty() || (id.charAt(0) != '"' && id.charAt(0) != '\'')) return -1;
        int close = id.indexOf(id.charAt(0), 1);
        if (close < 0) return -1;
        return id.substring(1, close).equalsIgnoreCase("HTML") ? 1 : 0;
    }

    /** The position just after the next {@code c} at or after {@code from}; no such character declines. */
    private int skipTo(char c, int from) {
        int i = s.indexOf(c, from);
        if (i < 0) throw HtmlStream.decline();
        return i + 1;
    }

    /** Scans a tag from its name (at {@link #pos}) to just after its '>'. */
    private void scanTag() {
        int start = pos;
        int i = pos;
        boolean upper = false;
        int hash = 0;
        long key = 0;
        while (i < n) {
            char c = chars[i];
            if (c == '>' || c == '/' || isSpace(c)) break;
            if (c >= 'A' && c <= 'Z') {
                upper = true;
                c += 32;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.')) {
                throw HtmlStream.decline();
            }
            hash = 31 * hash + c;
            key = HtmlTags.pack(key, c);
            i++;
        }
        int known = HtmlTags.find(hash, key, chars, start, i);
        if (known >= 0) {
            tag = HtmlTags.name(known);
            tagKind = HtmlTags.kind(known);
        } else {
            String name = s.substring(start, i);
            tag = upper ? name.toLowerCase(Locale.ROOT) : name;
            tagKind = 0;
        }
        selfClosing = false;
        colspan = null;
        rowspan = null;
        pos = attributes(i);
    }

    /** The attributes, following the HTML5 tokenizer's states; returns the position after the tag's '>'. */
    private int attributes(int i) {
        while (true) {
            if (i >= n) throw HtmlStream.decline();
            char c = chars[i];
            if (isSpace(c)) {
                i++;
            } else if (c == '>') {
                return i + 1;
            } else if (c == '/') {
                if (i + 1 < n && chars[i + 1] == '>') {
                    selfClosing = true;
                    return i + 2;
                }
                i++;
            } else if (c == '<') {
                throw HtmlStream.decline(); // jsoup ends the tag there, the standard does not
            } else {
                int nameStart = i++;
                while (i < n) {
                    char d = chars[i];
                    if (d == '=' || d == '>' || d == '/' || isSpace(d)) break;
                    if (d == '<') throw HtmlStream.decline();
                    i++;
                }
                int nameEnd = i;
                while (i < n && isSpace(chars[i])) i++;
                if (i < n && chars[i] == '=') {
                    i++;
                    while (i < n && isSpace(chars[i])) i++;
                    if (i >= n) throw HtmlStream.decline();
                    char q = chars[i];
                    int vStart, vEnd;
                    if (q == '"' || q == '\'') {
                        vStart = i + 1;
                        vEnd = vStart;
                        while (vEnd < n && chars[vEnd] != q) vEnd++;
                        if (vEnd >= n) throw HtmlStream.decline();
                        i = vEnd + 1;
                    } else if (q == '>') {
                        vStart = vEnd = i;
                    } else {
                        vStart = i;
                        while (i < n && !isSpace(chars[i]) && chars[i] != '>') {
                            if (chars[i] == '<') throw HtmlStream.decline();
                            i++;
                        }
                        vEnd = i;
                    }
                    keepAttribute(nameStart, nameEnd, vStart, vEnd);
                }
            }
        }
    }

    private void keepAttribute(int nameStart, int nameEnd, int vStart, int vEnd) {
        if (nameEnd - nameStart != 7) return;
        boolean col = s.regionMatches(true, nameStart, "colspan", 0, 7);
        boolean row = !col && s.regionMatches(true, nameStart, "rowspan", 0, 7);
        if (!col && !row) return;
        String v = s.substring(vStart, vEnd);
        if (v.indexOf('&') >= 0) throw HtmlStream.decline();
        // the first of duplicated attributes wins (jsoup drops the later ones)
        if (col && colspan == null) colspan = v;
        if (row && rowspan == null) rowspan = v;
    }

    /**
     * The content of a raw-text or RCDATA element just started ({@code <script>}, {@code <style>}, {@code <title>}
     * …), undecoded, up to its end tag, which is consumed too; no end tag declines.
     */
    String rawText(String name) {
        int from = pos;
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) throw HtmlStream.decline();
            int after = lt + 2 + name.length();
            if (after < n && s.regionMatches(true, lt + 2, name, 0, name.length())) {
                char c = chars[after];
                if (c == '>' || c == '/' || isSpace(c)) {
                    String content = s.substring(from, lt);
                    pos = lt + 2;
                    scanTag(); // the end tag itself (it may carry junk attributes)
                    return content;
                }
            }
            i = lt + 2;
        }
    }

    /** The page's markup in [from, to) as written. */
    String source(int from, int to) {
        return s.substring(from, to);
    }

    static boolean isAsciiAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** HTML's whitespace (not U+00A0). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    static boolean isBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!isSpace(t.charAt(i))) return false;
        }
        return true;
    }
}
