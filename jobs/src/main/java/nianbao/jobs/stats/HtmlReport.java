package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code report --out DIR}: a small static page ({@code index.html} + PNG charts) of the headline figures — zero-request
 * rate by level and year with its interval, procurement by level, outcome shares — and the stats_by_level table,
 * with the caveats printed on the page.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Writes the page from the gold tables under the warehouse; returns the path of index.html. */
    public static Path write(SparkSession spark, Warehouse warehouse, Path out) {
        Dataset<Row> byLevel = Aggregate.read(spark, warehouse, Warehouse.STATS_BY_LEVEL);
        List<Row> levelRows = StatsPrinter.sortedRows(byLevel);
        List<Row> procurement = StatsPrinter.sortedRows(Aggregate.read(spark, warehouse, Warehouse.STATS_PROCUREMENT));
        List<Row> outcomes = StatsPrinter.sortedRows(Aggregate.read(spark, warehouse, Warehouse.STATS_OUTCOMES));
        try {
            Files.createDirectories(out);
            Charts charts = Charts.create();
            Document doc = Document.createShell("");
            doc.title("nianbao statistics");
            doc.head().appendElement("meta").attr("charset", "utf-8");
            doc.head().appendElement("style").appendText("body{font-family:sans-serif;max-width:1000px;margin:2em auto}"
                    + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:2px 6px}"
                    + "td.n{text-align:right}");
            Element body = doc.body();
            body.appendElement("h1").text("政府信息公开工作年度报告 — statistics");
            body.appendElement("p").text("Counted after deduplication: one report per body and year. Levels are "
                    + "shown side by side and never add up to a national figure: a government's report may include "
                    + "its departments' figures. Definitions, denominators and exclusions: docs/statistics.md.");
            chart(body, out, "zero_request_rate.png", charts.zeroRequestRate(levelRows),
                    "Zero-request rate = reports with 本年新收 总计 = 0 / reports where it is known.");
            chart(body, out, "procurement.png", charts.procurement(procurement),
                    "政府集中采购 (2019 form only), amounts whose unit is known. Any sum must stay under the 2022 "
                            + "national total of 7,676.8亿元 (" + LevelStats.NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN
                            .toPlainString() + " 元). Bare numbers without a unit are excluded here and shown as "
                            + "元/万元 bounds in the table.");
            chart(body, out, "outcomes.png", charts.outcomes(outcomes),
                    "Share of （七）总计 by outcome, over reports whose （七）总计 is known.");
            body.appendElement("h2").text("stats_by_level");
            table(body, byLevel.columns(), levelRows);
            Path index = out.resolve("index.html");
            Files.writeString(index, doc.outerHtml(), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void chart(Element body, Path out, String file, Chart<?, ?> chart, String caption)
            throws IOException {
        BitmapEncoder.saveBitmap(chart, out.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
        body.appendElement("h2").text(chart.getTitle());
        body.appendElement("img").attr("src", file).attr("alt", chart.getTitle());
        body.appendElement("p").text(caption);
    }

    private static void table(Element body, String[] columns, List<Row> rows) {
        Element t = body.appendElement("table");
        Element head = t.appendElement("tr");
        for (String c : columns) head.appendElement("th").text(c);
        for (Row r : rows) {
            Element tr = t.appendElement("tr");
            for (int i = 0; i < columns.length; i++) {
                Object v = r.get(i);
                String s = v == null ? "–" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
                tr.appendElement("td").addClass(v instanceof Number ? "n" : "s").text(s);
            }
        }
    }
}
