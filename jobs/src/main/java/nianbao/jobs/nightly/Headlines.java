package nianbao.jobs.nightly;

import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The headline figures of {@code stats_by_level} (per year and level) that a run moved, as the nightly summary prints
 * them: {@code 2023 省级: reports 40 → 45, zero_request_rate 0.120 → 0.133}. A figure's row that appeared or vanished
 * shows as {@code –}.
 */
final class Headlines {
    static final List<String> FIGURES = List.of("reports", "zero_request_rate", "procurement_projects",
            "procurement_amount_yuan");

    private Headlines() {
    }

    static List<String> moved(List<Row> before, List<Row> after) {
        Map<String, Row> b = byKey(before);
        Map<String, Row> a = byKey(after);
        Map<String, Row> keys = new LinkedHashMap<>(b);
        keys.putAll(a);
        List<String> lines = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(keys.keySet())) {
            List<String> changes = new ArrayList<>();
            for (String f : FIGURES) {
                Object x = value(b.get(key), f);
                Object y = value(a.get(key), f);
                if (!Objects.equals(x, y)) changes.add(f + " " + show(x) + " → " + show(y));
            }
            if (!changes.isEmpty()) lines.add(key + ": " + String.join(", ", changes));
        }
        return lines;
    }

    private static Map<String, Row> byKey(List<Row> rows) {
        Map<String, Row> m = new LinkedHashMap<>();
        for (Row r : rows) m.put(r.getAs("year") + " " + r.getAs("level"), r);
        return m;
    }

    private static Object value(Row r, String field) {
        if (r == null || !Arrays.asList(r.schema().fieldNames()).contains(field)) return null;
        Object v = r.getAs(field);
        return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v;
    }

    private static String show(Object v) {
        if (v == null) return "–";
        if (v instanceof Double d) return String.format("%.3f", d);
        if (v instanceof java.math.BigDecimal d) return d.toPlainString();
        return v.toString();
    }
}
