package nianbao.jobs.stats;

import nianbao.model.Json;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Prints a (small, aggregated) gold table for people: an aligned text table, CSV, or JSON Lines with the table's
 * snake_case column names as keys. Decimals print plain and exact; rates as decimals (0.75), never percent strings.
 */
public final class StatsPrinter {
    /** The output formats of {@code bin/nianbao stats --format}. */
    public enum OutputFormat {
        TABLE, CSV, JSON;

        public static OutputFormat of(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "'; use table, csv or json");
            }
        }
    }

    /** Key columns that order a gold table's rows, in this priority. */
    private static final List<String> SORT_KEYS = List.of("year", "level", "province", "is_department", "block",
            "measure_group", "measure", "body_key");

    private StatsPrinter() {
    }

    /** The rows sorted by their key columns (nulls last), collected to the driver. */
    public static List<Row> sortedRows(Dataset<Row> table) {
        List<String> cols = Arrays.asList(table.columns());
        Column[] order = SORT_KEYS.stream().filter(cols::contains).map(c -> col(c).asc_nulls_last())
                .toArray(Column[]::new);
        return table.orderBy(order).collectAsList();
    }

    public static String format(Dataset<Row> table, OutputFormat f) {
        return format(table.schema(), sortedRows(table), f);
    }

    public static String format(StructType schema, List<Row> rows, OutputFormat f) {
        String[] columns = schema.fieldNames();
        return switch (f) {
            case TABLE -> table(schema, rows);
            case CSV -> csv(columns, rows);
            case JSON -> jsonLines(columns, rows);
        };
    }

    static String table(StructType schema, List<Row> rows) {
        String[] columns = schema.fieldNames();
        List<String[]> cells = new ArrayList<>();
        cells.add(columns);
        for (Row r : rows) {
            String[] line = new String[columns.length];
            for (int i = 0; i < columns.length; i++) line[i] = r.isNullAt(i) ? "-" : text(r.get(i), true);
            cells.add(line);
        }
        int[] width = new int[columns.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) width[i] = Math.max(width[i], displayWidth(line[i]));
        }
        StringBuilder sb = new StringBuilder();
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                String pad = " ".repeat(width[i] - displayWidth(line[i]));
                boolean number = line != columns && schema.fields()[i].dataType() instanceof NumericType;
                sb.append(i == 0 ? "" : "  ").append(number ? pad + line[i] : line[i] + pad);
            }
            sb.append('\n');
        }
        if (rows.isEmpty()) sb.append("(no rows)\n");
        return sb.toString();
    }

    static String csv(String[] columns, List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (Row r : rows) {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) sb.append(',');
                if (!r.isNullAt(i)) sb.append(csvField(text(r.get(i), false)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String jsonLines(String[] columns, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) sb.append(Json.line(toMap(columns, r))).append('\n');
        return sb.toString();
    }

    /** A row as an ordered map for Jackson; nested values (structs, arrays, maps) become JSON-friendly too. */
    public static Map<String, Object> toMap(String[] columns, Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) m.put(columns[i], plain(r.get(i)));
        return m;
    }

    private static Object plain(Object v) {
        if (v instanceof Row nested) return toMap(nested.schema().fieldNames(), nested);
        if (v instanceof scala.collection.Map<?, ?> map) {
            Map<String, Object> m = new LinkedHashMap<>();
            scala.jdk.javaapi.CollectionConverters.asJava(map).forEach((k, x) -> m.put(String.valueOf(k), plain(x)));
            return m;
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            List<Object> l = new ArrayList<>();
            scala.jdk.javaapi.CollectionConverters.asJava(seq).forEach(x -> l.add(plain(x)));
            return l;
        }
        return v;
    }

    private static String text(Object v, boolean rounded) {
        if (v instanceof BigDecimal d) return Json.normalize(d).toPlainString();
        if (v instanceof Double d && rounded) return String.format(Locale.ROOT, "%.4f", d);
        if (v instanceof Row || v instanceof scala.collection.Iterable<?>) return Json.line(plain(v));
        return String.valueOf(v);
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Terminal columns: CJK characters take two. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }
}
