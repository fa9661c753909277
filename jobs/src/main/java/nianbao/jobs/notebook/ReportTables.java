package nianbao.jobs.notebook;

import nianbao.form.Form;
import nianbao.form.Forms;
import org.apache.spark.sql.Row;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/**
 * One report's three tables (二 主动公开, 三 收到和处理政府信息公开申请, 四 复议/诉讼) side by side, in the order and with the
 * labels of the report's form, from the {@code full} column of {@code reports}. A blank cell is a value the report
 * does not give (null), never 0.
 */
final class ReportTables {
    private static final List<String> SECTION3_HEADER = List.of("自然人", "商业企业", "科研机构", "社会公益组织",
            "法律服务机构", "其他", "总计");
    private static final Map<String, String> BLOCKS = Map.of("reconsideration", "行政复议", "litigation_direct",
            "未经复议直接起诉", "litigation_after_reconsideration", "复议后起诉");
    private static final List<String> SECTION4_HEADER = List.of("维持", "纠正", "其他", "尚未审结", "总计");
    private static final String TABLE = "border-collapse:collapse;font-size:12px;font-family:'WenQuanYi Micro Hei',"
            + "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;font-variant-numeric:tabular-nums";
    private static final String CELL = "border:1px solid #ddd;padding:2px 6px;";

    private ReportTables() {
    }

    /** {@code report} is a row of {@code reports} with at least {@code template} and {@code full}. */
    static String html(Row report) {
        String template = report.getAs("template");
        Form form = Forms.get(template == null || template.equals("2021") || !List.of("2019", "pre2019")
                .contains(template) ? "2021" : template);
        Row full = report.getAs("full");
        Element box = new Element("div").attr("style", "display:flex;gap:18px;align-items:flex-start;overflow-x:auto");
        section2(box, form, full == null ? Map.of() : full.getJavaMap(full.fieldIndex("section2")));
        section3(box, form, full == null ? Map.of() : full.getJavaMap(full.fieldIndex("section3")));
        section4(box, form, full == null ? Map.of() : full.getJavaMap(full.fieldIndex("section4")));
        return box.outerHtml();
    }

    private static void section2(Element box, Form form, Map<Object, Object> cells) {
        Element t = table(box, "二、主动公开政府信息情况（" + form.id() + " 表）");
        for (Form.Item item : form.section2().items()) {
            Object value = cells.get(item.key());
            Map<?, ?> columns = value instanceof scala.collection.Map<?, ?> m
                    ? scala.jdk.javaapi.CollectionConverters.asJava(m) : Map.of();
            Element tr = t.appendElement("tr");
            tr.appendElement("td").attr("style", CELL + "text-align:left").text(item.text() == null ? item.key()
                    : item.text());
            StringBuilder sb = new StringBuilder();
            for (Form.Column c : item.columns()) {
                Object v = columns.get(c.key());
                sb.append(sb.length() == 0 ? "" : "  ").append(c.key()).append(' ').append(v == null ? "–" : v);
            }
            tr.appendElement("td").attr("style", CELL + "text-align:right;white-space:nowrap").text(sb.toString());
        }
    }

    private static void section3(Element box, Form form, Map<Object, Object> cells) {
        Element t = table(box, "三、收到和处理政府信息公开申请情况");
        Element head = t.appendElement("tr");
        head.appendElement("th").attr("style", CELL);
        for (String h : SECTION3_HEADER) head.appendElement("th").attr("style", CELL).text(h);
        for (Form.Item row : form.section3().rows()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").attr("style", CELL + "text-align:left;max-width:16em").text(row.text() == null ? row.key()
                    : row.text());
            numbers(tr, cells.get(row.key()), SECTION3_HEADER.size());
        }
    }

    private static void section4(Element box, Form form, Map<Object, Object> cells) {
        Element t = table(box, "四、行政复议、行政诉讼情况");
        Element head = t.appendElement("tr");
        head.appendElement("th").attr("style", CELL);
        for (String h : SECTION4_HEADER) head.appendElement("th").attr("style", CELL).text(h);
        for (String block : form.section4().blocks()) {
            Element tr = t.appendElement("tr");
            tr.appendElement("td").attr("style", CELL + "text-align:left").text(BLOCKS.getOrDefault(block, block));
            numbers(tr, cells.get(block), SECTION4_HEADER.size());
        }
    }

    private static void numbers(Element tr, Object values, int width) {
        List<?> list = values instanceof scala.collection.Seq<?> s ? scala.jdk.javaapi.CollectionConverters.asJava(s)
                : List.of();
        for (int i = 0; i < width; i++) {
            Object v = i < list.size() ? list.get(i) : null;
            tr.appendElement("td").attr("style", CELL + "text-align:right" + (v == null ? ";color:#aaa" : ""))
                    .text(v == null ? "–" : String.valueOf(v));
        }
    }

    private static Element table(Element box, String caption) {
        Element t = box.appendElement("table").attr("style", TABLE);
        t.appendElement("caption").attr("style", "font-weight:bold;text-align:left;padding:4px 0").text(caption);
        return t;
    }
}
