package nianbao.jobs.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Prints a query result as an aligned text table, CSV (RFC 4180 quoting) or JSON Lines. */
final class ResultPrinter {
    private ResultPrinter() {
    }

    static void print(Dataset<Row> df, String format, int maxRows, PrintStream out) {
        switch (format) {
            case "json" -> df.toJSON().toLocalIterator().forEachRemaining(out::println);
            case "csv" -> {
                out.println(csvLine(List.of(df.columns())));
                for (Iterator<Row> it = df.toLocalIterator(); it.hasNext(); ) out.println(csvLine(cells(it.next())));
            }
            case "table" -> table(df, maxRows, out);
            default -> throw new Args.UsageException("--format is table, csv or json, not '" + format + "'");
        }
        out.flush();
    }

    private static void table(Dataset<Row> df, int maxRows, PrintStream out) {
        List<String> header = List.of(df.columns());
        List<List<String>> rows = new ArrayList<>();
        boolean more = false;
        for (Iterator<Row> it = df.toLocalIterator(); it.hasNext(); ) {
            Row r = it.next();
            if (rows.size() == maxRows) {
                more = true;
                break;
            }
            rows.add(cells(r));
        }
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) w[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], width(r.get(i)));
        out.println(line(header, w));
        StringBuilder sep = new StringBuilder();
        for (int i = 0; i < w.length; i++) sep.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
        out.println(sep);
        for (List<String> r : rows) out.println(line(r, w));
        out.println("(" + rows.size() + (more ? "+ rows, first " + maxRows + " shown)" : " rows)"));
    }

    private static List<String> cells(Row r) {
        List<String> c = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            c.add(v == null ? "" : v instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(v));
        }
        return c;
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String v = cells.get(i).replace('\n', ' ');
            sb.append(i == 0 ? "" : " | ").append(v).append(" ".repeat(Math.max(0, w[i] - width(v))));
        }
        return sb.toString().stripTrailing();
    }

    /** Display width: CJK characters take two columns in a terminal. */
    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            n += (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60))) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return n;
    }

    static String csvLine(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String v = cells.get(i);
            if (i > 0) sb.append(',');
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }
}
