package nianbao.tools.generate.render;

import nianbao.tools.generate.Doc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A portal page: banners and menus as navigation blocks, the report as paragraphs and real tables with the form's
 * colspan/rowspan header cells, blank cells as {@code &nbsp;} or empty, numbers sometimes wrapped in spans and
 * paragraphs as Word-to-HTML exports write them. UTF-8, or GBK as older portals declare it.
 */
public final class HtmlRenderer implements Renderer {
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public byte[] render(Doc doc, SplittableRandom rnd) {
        boolean gbk = rnd.nextInt(5) == 0;
        boolean wordish = rnd.nextInt(2) == 0; // <p><span> inside cells, as Word exports write them
        boolean nbsp = rnd.nextInt(3) != 0;
        String title = "";
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Para p && p.style() == Doc.Style.TITLE) {
                title = p.text();
                break;
            }
        }
        StringBuilder sb = new StringBuilder(32 * 1024);
        sb.append("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
                .append(gbk ? "gbk" : "utf-8").append("\">\n<title>").append(esc(title)).append("</title>\n</head>\n<body>\n");
        boolean inContent = false;
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Para p) {
                if (p.style() == Doc.Style.BANNER) {
                    if (inContent) {
                        sb.append("</div>\n");
                        inContent = false;
                    }
                    sb.append("<div class=\"nav\">").append(esc(p.text())).append("</div>\n");
                    continue;
                }
                if (!inContent) {
                    sb.append("<div class=\"article-content\">\n");
                    inContent = true;
                }
                switch (p.style()) {
                    case TITLE -> sb.append("<h2 style=\"text-align:center\">").append(esc(p.text())).append("</h2>\n");
                    case HEADING -> sb.append("<p><strong>").append(esc(p.text())).append("</strong></p>\n");
                    case SIGNATURE -> sb.append("<p style=\"text-align:right\">").append(esc(p.text())).append("</p>\n");
                    default -> sb.append("<p style=\"text-indent:2em\">").append(esc(p.text())).append("</p>\n");
                }
            } else {
                if (!inContent) {
                    sb.append("<div class=\"article-content\">\n");
                    inContent = true;
                }
                table(sb, (Doc.Table) b, wordish, nbsp);
            }
        }
        if (inContent) sb.append("</div>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString().getBytes(gbk ? GBK : StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder sb, Doc.Table t, boolean wordish, boolean nbsp) {
        sb.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n<tbody>\n");
        for (List<Doc.TCell> row : t.rows()) {
            sb.append("<tr>");
            for (Doc.TCell c : row) {
                sb.append("<td");
                if (c.colspan() > 1) sb.append(" colspan=\"").append(c.colspan()).append('"');
                if (c.rowspan() > 1) sb.append(" rowspan=\"").append(c.rowspan()).append('"');
                sb.append('>');
                String text = c.text().isEmpty() ? (nbsp ? "&nbsp;" : "") : esc(c.text()).replace("\n", "<br/>");
                if (wordish) sb.append("<p style=\"text-align:center\"><span>").append(text).append("</span></p>");
                else sb.append(text);
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
