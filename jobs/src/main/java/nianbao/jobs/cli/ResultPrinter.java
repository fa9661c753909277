package nianbao.jobs.cli;

import nianbao.jobs.stats.LevelStats;
import nianbao.jobs.stats.StatsPrinter;
import nianbao.jobs.stats.StatsPrinter.OutputFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The command line's one way to print a table, in the formats of {@link StatsPrinter} (aligned text, CSV, JSON
 * Lines): gold tables sorted by their keys, with the caveat under a text table; query results in their own order,
 * streamed in chunks (CSV and JSON) or cut at a row limit (text).
 */
final class ResultPrinter {
    static final String CAVEAT = "note: levels are side by side and never add up to a national figure (a government's"
            + " report may include its departments' figures). Any procurement sum must stay under the 2022 national"
            + " 政府集中采购 total of 7,676.8亿元 (" + LevelStats.NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN.toPlainString()
            + " 元). Definitions: docs/statistics.md";
    private static final int CHUNK = 1000;

    private ResultPrinter() {
    }

    /** A gold table as a text table, followed by the caveat. */
    static void statistics(Dataset<Row> table) {
        statistics(table, OutputFormat.TABLE);
    }

    /** A gold table, sorted by its keys; the caveat follows a text table. */
    static void statistics(Dataset<Row> table, OutputFormat format) {
        PrintStream out = out();
        out.print(StatsPrinter.format(table, format));
        if (format == OutputFormat.TABLE) out.println(CAVEAT);
        out.flush();
    }

    /** A query result in its own order: at most {@code maxRows} rows as text, all rows as CSV or JSON. */
    static void query(Dataset<Row> df, OutputFormat format, int maxRows) {
        PrintStream out = out();
        if (format == OutputFormat.TABLE) {
            List<Row> rows = df.limit(maxRows + 1).collectAsList();
            boolean more = rows.size() > maxRows;
            if (more) rows = rows.subList(0, maxRows);
            out.print(StatsPrinter.format(df.schema(), rows, format));
            out.println("(" + rows.size() + (more ? "+ rows, first " + maxRows + " shown)" : " rows)"));
        } else {
            List<Row> chunk = new ArrayList<>();
            boolean first = true;
            for (Iterator<Row> it = df.toLocalIterator(); it.hasNext(); ) {
                chunk.add(it.next());
                if (chunk.size() == CHUNK || !it.hasNext()) {
                    print(out, df, chunk, format, first);
                    chunk.clear();
                    first = false;
                }
            }
            if (first) print(out, df, chunk, format, true);
        }
        out.flush();
    }

    private static void print(PrintStream out, Dataset<Row> df, List<Row> rows, OutputFormat format, boolean header) {
        String s = StatsPrinter.format(df.schema(), rows, format);
        // CSV: the header line once, on the first chunk.
        out.print(format == OutputFormat.CSV && !header ? s.substring(s.indexOf('\n') + 1) : s);
    }

    private static PrintStream out() {
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }
}
