package nianbao.jobs.notebook;

import nianbao.model.Json;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.jsoup.nodes.Element;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Dataset as an HTML table for a notebook cell: numbers right-aligned in tabular figures (rates to 4 decimals,
 * decimals exact), text left-aligned in a CJK font, null as a grey dash, a scroll box when wide or long.
 * {@code show()} cannot do this: it pads by characters, and a Chinese character is two columns wide.
 */
final class HtmlTable {
    private static final String STYLE = "border-collapse:collapse;font-size:12px;font-family:'WenQuanYi Micro Hei',"
            + "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;font-variant-numeric:tabular-nums";
    private static final String CELL = "border:1px solid #ddd;padding:2px 6px;white-space:nowrap;";

    private HtmlTable() {
    }

    static String of(Dataset<Row> ds, int limit, String name) {
        List<Row> rows = ds.limit(limit + 1).collectAsList();
        StructField[] fields = ds.schema().fields();
        Element box = new Element("div").attr("style", "max-height:420px;overflow:auto;max-width:100%");
        Element table = box.appendElement("table").attr("style", STYLE);
        if (name != null) table.attr("data-table", name);
        Element head = table.appendElement("thead").appendElement("tr");
        for (StructField f : fields) {
            head.appendElement("th").attr("style", CELL + "background:#f4f4f4;position:sticky;top:0;text-align:"
                    + (numeric(f) ? "right" : "left")).text(f.name());
        }
        Element body = table.appendElement("tbody");
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            Element tr = body.appendElement("tr");
            for (int i = 0; i < fields.length; i++) {
                Element td = tr.appendElement("td").attr("style", CELL + "text-align:"
                        + (numeric(fields[i]) ? "right" : "left") + (r.isNullAt(i) ? ";color:#aaa" : ""));
                td.text(r.isNullAt(i) ? "–" : text(r.get(i)));
            }
        }
        String note = rows.size() > limit ? "first " + limit + " rows" : rows.size() + " row" + (rows.size() == 1 ? ""
                : "s");
        box.appendElement("div").attr("style", "color:#777;font-size:11px").text(note);
        return box.outerHtml();
    }

    private static boolean numeric(StructField f) {
        return f.dataType() instanceof NumericType;
    }

    static String text(Object v) {
        if (v instanceof BigDecimal d) return Json.normalize(d).toPlainString();
        if (v instanceof Double d) return String.format(Locale.ROOT, "%.4f", d);
        if (v instanceof Float f) return String.format(Locale.ROOT, "%.4f", f);
        if (v instanceof Row row) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) parts.add(row.isNullAt(i) ? "–" : text(row.get(i)));
            return "(" + String.join(", ", parts) + ")";
        }
        if (v instanceof scala.collection.Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, x) -> parts.add(k + ": "
                    + (x == null ? "–" : text(x))));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof scala.collection.Iterable<?> seq) {
            List<String> parts = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(x -> parts.add(x == null ? "–" : text(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return String.valueOf(v);
    }
}
