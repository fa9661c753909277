package nianbao.extract;

import java.util.List;
import java.util.Random;

/**
 * Seeded random HTML pages shaped like 政府信息公开工作年度报告 pages, for the {@link HtmlStream} differential test.
 *
 * <p>A <em>plain</em> page is well formed: lower-case tags, quoted attributes, every element closed, tables made of
 * rows of cells with sensible spans (captions and column groups included), no scripts.
 * A <em>messy</em> page mixes in what real portals serve: tag case, quoting and optional end tags varied, bogus
 * spans, space entities of every spelling, Word-export markup, comments, scripts and styles holding markup-like
 * strings, escaped tables in {@code document.write}, foster-parented text, misnested formatting, stray end tags,
 * content after {@code </html>}, CRLF, and now and then a damaged page (cut off or with a tag dropped or inserted
 * anywhere). An <em>untidy</em> page is messy without the constructs the fast path declines outright. Same seed,
 * same page.
 */
final class RandomHtml {
    private static final List<String> TEXTS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "信息内容", "本年新制作数量",
            "本年新公开数量", "对外公开总数量", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "自然人",
            "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "（一）予以公开", "（二）部分公开",
            "（三）不予公开", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "维持", "纠正", "尚未审结",
            "本报告根据《中华人民共和国政府信息公开条例》要求编制", "某县人民政府2023年政府信息公开工作年度报告", "本年度主动公开政府信息",
            "某縣人民政府2020年政府信息公開工作年度報告", "收費金額（單位：萬元）", "2020", "12", "0", "1523", "3.5", "/", "-", "无",
            "Report 2021", "A B", "第二十条第（一）项", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "7", "12", "38", "105", "1523", "0.5", "/", "—", "");
    private static final List<String> SPACES_PLAIN = List.of(" ", "&nbsp;", "&#160;", "\u3000", "&#12288;", "\n  ");
    private static final List<String> SPACES_MESSY = List.of(" ", "  ", "\t", "&nbsp;", "&nbsp", "&#160;", "&#xA0;", "\u00A0",
            "\u3000", "&#12288;", "&ensp;", "&emsp;", "&thinsp;", "\u200B", "&#8203;", "\r\n", "\n\n", "\f");
    private static final List<String> ODD_TEXT = List.of("&amp;", "&amp", "&lt;", "&gt;", "&copy", "&#150;", "&#147;", "&#x80;",
            "&#0;", "1<2", "a < b", "& ", "&unknown;", "&notit;", "\"", "'", "=", "&#65;", "&#x4e00;", "&#1114112;", "\u0000");
    private static final List<String> SPANS_MESSY = List.of("2", "3", "2px", " 2 ", "0", "-1", "", "abc", "1.5", "04",
            "2;", "9999");
    private static final List<String> OPTIONAL_END = List.of("p", "li", "td", "th", "tr", "tbody", "thead", "tfoot",
            "option", "dt", "dd");
    /** The last two nest badly in themselves (the adoption agency closes the outer one), so plain pages leave them out. */
    private static final List<String> INLINE = List.of("span", "b", "strong", "font", "em", "i", "u", "sup", "sub",
            "small", "label", "a", "nobr");
    private static final List<String> STRAY = List.of("</td>", "</tr>", "</table>", "</tbody>", "</p>", "</div>", "<td>",
            "<tr>", "<table>", "<p>", "</b>", "<b>", "</html>", "<body>", "</body>", "<br>", "</br>", "<li>", "</a>",
            "<caption>", "<option>", "<select>", "</select>", "<colgroup>", "<col>", "<frameset>", "<head>", "<html>",
            "<form>", "</form>", "<svg>", "<math>", "<!--", "-->", "<![CDATA[", "]]>", "<script>", "<style>", "<title>",
            "<textarea>", "<plaintext>", "<xmp>", "<noscript>", "<template>", "</template>", "<image>", "<isindex>");

    private final Random r;
    private final boolean plain;
    /** Messy with everything; otherwise (untidy) without the constructs that make the fast path decline outright. */
    private final boolean wild;
    /** 0 lower case, 1 upper case, 2 mixed per tag. */
    private final int caseMode;
    private final StringBuilder sb = new StringBuilder();
    private int depth;

    private RandomHtml(long seed, boolean plain, boolean wild) {
        this.r = new Random(seed);
        this.plain = plain;
        this.wild = wild;
        int c = r.nextInt(10);
        this.caseMode = plain || c < 6 ? 0 : c < 8 ? 1 : 2;
    }

    /** The page for {@code seed}; {@code plain} pages are well formed, others messy (see the class comment). */
    static String page(long seed, boolean plain) {
        return new RandomHtml(seed, plain, !plain).build();
    }

    /**
     * An untidy page: tag case, quoting, optional end tags, entities, comments, Word markup, bogus spans, stray end
     * tags and CRLF, captions, but no foster parenting, misnesting, odd tags or damage; more of these take the fast
     * path, so its accepting code is exercised on more than well-formed pages.
     */
    static String untidy(long seed) {
        return new RandomHtml(seed, false, false).build();
    }

    private String build() {
        start();
        if (wild && chance(0.04)) {
            docWrite(); // an empty-bodied page that writes the report from a script
        } else {
            for (int n = 2 + r.nextInt(8); n > 0; n--) block();
        }
        end();
        String page = sb.toString();
        if (wild && chance(0.12)) page = damaged(page);
        if (!plain && chance(0.15)) page = page.replace("\r\n", "\n").replace("\n", "\r\n");
        return page;
    }

    private void start() {
        if (plain) {
            sb.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(text())
                    .append("</title></head>\n<body>\n");
            return;
        }
        switch (r.nextInt(6)) {
            case 0 -> sb.append("<!DOCTYPE html>\n");
            case 1 -> sb.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                    + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
            case 2 -> sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n");
            case 3 -> sb.append("<!-- saved from url=(0042)http://www.example.gov.cn/xxgk/ndbg/ -->\n");
            default -> { }
        }
        if (chance(0.15)) return; // a bare fragment: no html, head or body
        tag("html");
        if (chance(0.8)) {
            tag("head");
            tag("meta", "charset", "utf-8");
            if (chance(0.85)) {
                tag("title");
                sb.append(text());
                close("title", true);
            }
            if (chance(0.3)) sb.append("<!--[if gte mso 9]><xml>\n <w:WordDocument><w:View>Print</w:View></w:WordDocument>\n"
                    + "</xml><![endif]-->\n");
            if (chance(0.3)) style();
            if (chance(0.3)) script();
            close("head", chance(0.9));
        }
        if (chance(0.9)) tag("body", "lang", "ZH-CN");
        nl();
    }

    private void end() {
        close("body", plain || chance(0.8));
        close("html", plain || chance(0.8));
        if (!plain && chance(0.1)) {
            sb.append("\n<p>版权所有 某县人民政府</p><script>var _hmt = _hmt || [];</script>");
            if (chance(0.5)) table();
        }
        sb.append('\n');
    }

    private void block() {
        depth++;
        int k = r.nextInt(plain ? 10 : wild ? 30 : 17);
        if (depth > 4 && k < 10 && (k == 2 || k == 3 || k == 9)) k = 0;
        switch (k) {
            case 0, 1 -> element("p", this::inline);
            case 2 -> element("div", () -> {
                for (int n = 1 + r.nextInt(2); n > 0; n--) block();
            });
            case 3, 4 -> table();
            case 5 -> element("h" + (1 + r.nextInt(6)), this::inline);
            case 6 -> list();
            case 7 -> {
                inline();
                tag(pick("br", "br", "br/", "BR"));
                inline();
                nl();
            }
            case 8 -> element(pick("center", "blockquote", "section", "address"), this::inline);
            case 9 -> element(plain ? "div" : pick("div", "li", "span"), () -> {
                inline();
                block();
            });
            case 10 -> comment();
            case 11 -> script();
            case 12 -> style();
            case 13 -> wordParagraph();
            case 14 -> skipped();
            case 15 -> pre();
            case 16 -> stray();
            case 17 -> misnested();
            case 18 -> element("a", () -> {
                element("div", this::inline);
                inline();
            });
            case 19 -> sb.append("<![CDATA[").append(text()).append("]]>");
            case 20 -> element("title", () -> sb.append(text()));
            case 21 -> element("p", () -> {
                inline();
                table(); // a table inside an open paragraph
                inline();
            });
            case 22 -> docWrite();
            case 23 -> element(pick("xmp", "noframes", "x-report", "o:p", "st1:chsdate", "marquee", "listing", "ruby"),
                    this::inline);
            case 24 -> tag(pick("hr", "img", "wbr", "input", "meta", "link", "area", "embed", "col", "source"));
            case 25 -> inline();
            default -> element("p", this::inline);
        }
        nl();
        depth--;
    }

    private void table() {
        boolean messy = !plain;
        tag("table", "border", "1", "cellspacing", "0", "style", "border-collapse:collapse;mso-yfti-tbllook:1184");
        nl();
        if (chance(0.15)) element("caption", this::inline);
        if (chance(0.05)) sb.append(cased("<colgroup><col width=\"20%\"><col span=\"2\"></colgroup>"));
        if (wild && chance(0.08)) text(); // foster-parented: text directly in <table>
        int rows = 1 + r.nextInt(6);
        int cols = 1 + r.nextInt(6);
        int section = r.nextInt(3); // 0 rows directly in table, 1 tbody, 2 thead + tbody + tfoot
        if (section == 1) tag("tbody");
        for (int i = 0; i < rows; i++) {
            if (section == 2 && (i == 0 || i == rows - 1 && rows > 2)) tag(i == 0 ? "thead" : "tfoot");
            if (section == 2 && i == 1) tag("tbody");
            tag("tr", "style", "mso-yfti-irow:" + i);
            if (wild && chance(0.04)) sb.append(text()); // foster-parented: text directly in <tr>
            int n = Math.max(1, cols - (chance(0.2) ? r.nextInt(cols) : 0));
            for (int c = 0; c < n; c++) {
                if (chance(0.3)) sb.append(pick("\n  ", " ", "\t", "\r\n", ""));
                if (messy && chance(0.03)) comment();
                cell(i == 0 && chance(0.5) ? "th" : "td");
            }
            close("tr", true);
            if (section == 2 && (i == 0 || i == rows - 1 && rows > 2)) close(i == 0 ? "thead" : "tfoot", true);
            if (section == 2 && i == rows - 2 && rows > 2) close("tbody", true);
            nl();
        }
        if (section == 1) close("tbody", true);
        close("table", plain || chance(0.97));
    }

    private void cell(String name) {
        String[] attrs = {};
        if (chance(0.2)) {
            String span = plain ? pick("2", "3") : SPANS_MESSY.get(r.nextInt(SPANS_MESSY.size()));
            if (chance(0.005)) span = "100000"; // absurd but seen: a cell spanning "all" columns
            attrs = new String[] {chance(0.5) ? "colspan" : "rowspan", span};
        } else if (chance(0.3)) {
            attrs = new String[] {"width", "138", "valign", "top", "style", "width:103.75pt;border:solid windowtext 1.0pt"};
        }
        tag(name, attrs);
        switch (r.nextInt(depth < 2 ? 12 : 11)) {
            case 0, 1, 2 -> sb.append(NUMBERS.get(r.nextInt(NUMBERS.size())));
            case 3 -> sb.append(space());
            case 4 -> {
                sb.append(space()).append(text()).append(space());
            }
            case 5 -> element("p", this::inline);
            case 6 -> {
                sb.append(text());
                tag(pick("br", "br", "br /"));
                sb.append(text());
            }
            case 7 -> {
                element("p", this::inline);
                element("p", () -> sb.append(chance(0.5) ? "&nbsp;" : NUMBERS.get(r.nextInt(NUMBERS.size()))));
            }
            case 8 -> inline();
            case 9 -> element(pick("div", "span", "b", "ul", "h3", "pre"), () -> sb.append(text()));
            case 10 -> { } // empty cell
            default -> {
                depth++;
                table(); // a nested table: the row becomes a layout row
                depth--;
            }
        }
        close(name, true);
    }

    private void list() {
        String l = pick("ul", "ol");
        tag(l);
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            nl();
            element("li", this::inline);
        }
        close(l, true);
    }

    private void inline() {
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            if (chance(0.6) || depth > 6) {
                sb.append(text());
                if (chance(0.3)) sb.append(space());
            } else {
                // plain: no <a>/<nobr> in <a>/<nobr>; untidy: no <nobr> (the fast path declines it)
                String t = INLINE.get(r.nextInt(INLINE.size() - (plain ? 2 : wild ? 0 : 1)));
                depth++;
                element(t, this::inline);
                depth--;
            }
        }
    }

    private void wordParagraph() {
        tag("p", "class", "MsoNormal", "style", "text-indent:32.0pt;mso-char-indent-count:2.0");
        if (chance(0.5)) {
            sb.append("<![if !supportLists]><span lang=EN-US style='mso-list:Ignore'>一、<span style='font:7.0pt \"Times New Roman\"'>"
                    + "&nbsp;&nbsp;&nbsp; </span></span><![endif]>");
        }
        sb.append("<span style='font-size:16.0pt;font-family:仿宋_GB2312'>").append(text());
        if (chance(0.5)) {
            sb.append("<st1:chsdate IsROCDate=\"False\" Year=\"2020\" w:st=\"on\"><span lang=EN-US>2020</span>年"
                    + "<span lang=EN-US>12</span>月</st1:chsdate>");
        }
        sb.append("<span lang=EN-US><o:p>").append(chance(0.5) ? "&nbsp;" : "").append("</o:p></span></span>");
        close("p", true);
    }

    private void comment() {
        switch (r.nextInt(5)) {
            case 0 -> sb.append("<!-- ").append(text()).append(" -->");
            case 1 -> sb.append("<!--[if lt IE 9]><p>").append(text()).append("</p><![endif]-->");
            case 2 -> sb.append("<![if !IE]><p>").append(text()).append("</p><![endif]>");
            case 3 -> sb.append("<!--<td>隐藏</td>-- -->");
            default -> sb.append("<!---->");
        }
    }

    private void script() {
        String body = switch (r.nextInt(wild ? 6 : 4)) {
            case 0 -> "var s = \"</div>\"; var t = '<tr><td>x</td>'; if (a < b && c > d) {}";
            case 1 -> "document.write(\"<p>" + text() + "<\\/p>\");";
            case 2 -> "var x = \"<!--\"; var y = \"-->\"; // </scrip t>";
            case 3 -> "//<![CDATA[\nvar a = 1 < 2;\n//]]>";
            case 5 -> "var tpl = '<table><tr><td>" + text() + "</td></tr></table>';";
            default -> "var _hmt = _hmt || [];";
        };
        tag("script", "type", "text/javascript");
        sb.append(body);
        sb.append(cased("</script>"));
    }

    private void style() {
        tag("style");
        sb.append(pick("<!--\np.MsoNormal {mso-style-parent:\"\"; font-family:宋体;}\n-->",
                "td:after { content: \"</td><table>\"; } /* <p>注释</p> */", "p{margin:0}"));
        sb.append(cased("</style>"));
    }

    /** The report's table written by {@code document.write} of an escaped string, as some portals do. */
    private void docWrite() {
        StringBuilder t = new StringBuilder("<table border=\"1\">");
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            t.append("<tr><td>").append(text()).append("</td><td>").append(NUMBERS.get(r.nextInt(NUMBERS.size())))
                    .append("</td></tr>");
        }
        t.append("</table>");
        String s = t.toString().replace("\"", "\\\"").replace("</", "<\\/").replace("自然人", "\\u81ea\\u7136\\u4eba");
        tag("script", "type", "text/javascript");
        sb.append("document.write(\"").append(s).append("\");");
        sb.append(cased("</script>"));
    }

    /** Elements HtmlWalker skips, with text and markup inside. */
    private void skipped() {
        switch (r.nextInt(wild ? 6 : 3)) {
            case 0 -> sb.append(cased("<noscript><p>")).append(text()).append(cased("</p></noscript>"));
            case 1 -> sb.append(cased("<iframe src=\"/x.html\">")).append(text()).append(cased("</iframe>"));
            case 2 -> sb.append(cased("<textarea>")).append("<table><tr><td>").append(text()).append(cased("</textarea>"));
            case 3 -> sb.append(cased("<select><option>2023</option><option selected>2022<option>")).append(text())
                    .append(cased("</select>"));
            case 4 -> sb.append(cased("<button>")).append(text()).append(cased("</button><input value=\"搜索\">"));
            default -> sb.append(cased("<template><p>")).append(text()).append(cased("</p></template>"));
        }
    }

    private void pre() {
        tag(pick("pre", "pre", "listing"));
        sb.append(pick("\n", "\r\n", "\n\n", "")).append(text()).append("\n    ").append(text());
        close("pre", true);
    }

    private void stray() {
        sb.append(cased(pick("</td>", "</tr>", "</table>", "</tbody>", "</p>", "</div>", "</span>", "</li>", "</br>",
                "</html>", "</body>", "</head>", "</caption>")));
    }

    /** Formatting elements misnested across blocks, which the adoption agency algorithm rebuilds. */
    private void misnested() {
        switch (r.nextInt(4)) {
            case 0 -> sb.append(cased("<b><p>")).append(text()).append(cased("</b>")).append(text()).append(cased("</p>"));
            case 1 -> sb.append(cased("<font face=\"仿宋\"><p>")).append(text()).append(cased("<p>")).append(text());
            case 2 -> sb.append(cased("<em><strong>")).append(text()).append(cased("</em>")).append(text())
                    .append(cased("</strong>"));
            default -> sb.append(cased("<a href=\"/a\">")).append(text()).append(cased("<a href=\"/b\">")).append(text())
                    .append(cased("</a>"));
        }
    }

    /** The page with one random change anywhere: cut off, a tag dropped, or a stray tag inserted. */
    private String damaged(String page) {
        int at = r.nextInt(page.length() + 1);
        switch (r.nextInt(3)) {
            case 0:
                return page.substring(0, at);
            case 1:
                int lt = page.indexOf('<', at);
                int gt = lt < 0 ? -1 : page.indexOf('>', lt);
                return gt < 0 ? page : page.substring(0, lt) + page.substring(gt + 1);
            default:
                return page.substring(0, at) + STRAY.get(r.nextInt(STRAY.size())) + page.substring(at);
        }
    }

    private void element(String name, Runnable content) {
        tag(name);
        content.run();
        close(name, plain || !OPTIONAL_END.contains(name) && chance(0.97) || chance(0.75));
    }

    private void tag(String name, String... attrs) {
        sb.append('<').append(cased(name));
        for (int i = 0; i + 1 < attrs.length; i += 2) sb.append(' ').append(cased(attrs[i])).append('=').append(quoted(attrs[i + 1]));
        if (!plain && chance(0.05)) sb.append(" data-x=\"a > b\" title='<说明>'");
        sb.append('>');
    }

    private void close(String name, boolean write) {
        if (write) sb.append("</").append(cased(name)).append('>');
    }

    private String quoted(String v) {
        int q = plain ? 0 : r.nextInt(10);
        if (q < 6 || v.contains("'")) return '"' + v + '"';
        if (q < 8 || v.isEmpty() || !v.matches("[A-Za-z0-9%#:;._-]+")) return "'" + v + "'";
        return v;
    }

    private String cased(String s) {
        return switch (caseMode) {
            case 0 -> s;
            case 1 -> upperTags(s);
            default -> chance(0.5) ? upperTags(s) : s;
        };
    }

    /** Upper-cases ASCII letters outside quoted attribute values. */
    private static String upperTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote == 0 && (c == '"' || c == '\'')) quote = c;
            else if (c == quote) quote = 0;
            out.append(quote == 0 && c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return out.toString();
    }

    private String text() {
        String t = TEXTS.get(r.nextInt(TEXTS.size()));
        if (!plain && chance(0.25)) {
            int at = r.nextInt(t.length() + 1);
            // untidy: no NUL (the last odd text), which the fast path declines
            String odd = ODD_TEXT.get(r.nextInt(ODD_TEXT.size() - (wild ? 0 : 1)));
            t = t.substring(0, at) + (chance(0.5) ? space() : odd) + t.substring(at);
        }
        if (chance(0.15)) t = space() + t;
        return t;
    }

    private String space() {
        List<String> s = plain ? SPACES_PLAIN : SPACES_MESSY;
        return s.get(r.nextInt(s.size()));
    }

    private void nl() {
        if (chance(0.5)) sb.append('\n');
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }
}
