package nianbao.jobs.stats;

import io.delta.tables.DeltaTable;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.apache.spark.sql.functions.col;

/**
 * {@code report --out DIR}: a static page ({@code index.html} + PNG charts) of the headline figures — where they
 * come from (warehouse, runs, parser version, date), the zero-request rate by level and year with its interval and
 * by province, procurement by level, outcome shares, 复议/诉讼 corrected shares — and the gold tables, with the caveats
 * printed on the page. Every chart carries its own title and n; the page adds only a caption.
 */
public final class HtmlReport {
    /** A province chart is drawn for a level when at least this many provinces have a known rate in its year. */
    static final int MIN_PROVINCES = 5;

    private HtmlReport() {
    }

    /** Writes the page from the gold tables under the warehouse; returns the path of index.html. */
    public static Path write(SparkSession spark, Warehouse warehouse, Path out) {
        Dataset<Row> byLevel = Aggregate.read(spark, warehouse, Warehouse.STATS_BY_LEVEL);
        List<Row> levelRows = StatsPrinter.sortedRows(byLevel);
        Dataset<Row> byProvince = Aggregate.read(spark, warehouse, Warehouse.STATS_BY_PROVINCE);
        List<Row> provinceRows = StatsPrinter.sortedRows(byProvince);
        List<Row> procurement = StatsPrinter.sortedRows(Aggregate.read(spark, warehouse, Warehouse.STATS_PROCUREMENT));
        List<Row> outcomes = StatsPrinter.sortedRows(Aggregate.read(spark, warehouse, Warehouse.STATS_OUTCOMES));
        List<Row> litigation = StatsPrinter.sortedRows(Aggregate.read(spark, warehouse, Warehouse.STATS_LITIGATION));
        try {
            Files.createDirectories(out);
            Charts charts = Charts.create();
            Document doc = Document.createShell("");
            doc.title("nianbao statistics");
            doc.head().appendElement("meta").attr("charset", "utf-8");
            doc.head().appendElement("style").appendText("body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',"
                    + "'Microsoft YaHei','PingFang SC',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
                    + "table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}"
                    + "td,th{border:1px solid #ccc;padding:2px 6px;white-space:nowrap}th{background:#f4f4f4;"
                    + "position:sticky;top:0}td.n{text-align:right}td.null{color:#aaa}"
                    + ".scroll{overflow:auto;max-width:100%;max-height:480px;margin-bottom:1.5em}"
                    + "figure{margin:1.5em 0}figure img{max-width:100%}figcaption{color:#444;font-size:14px}"
                    + "dl.prov{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#666}");
            Element body = doc.body();
            body.appendElement("h1").text("政府信息公开工作年度报告 — statistics");
            body.appendElement("p").text("Counted after deduplication: one report per body and year. Levels are "
                    + "shown side by side and never add up to a national figure: a government's report may include "
                    + "its departments' figures. n beside a point or bar is the number of bodies it counts. "
                    + "Definitions, denominators and exclusions: docs/statistics.md.");
            provenance(spark, warehouse, body);

            figure(body, out, "zero_request_rate.png", charts.zeroRequestRate(levelRows),
                    "Zero-request rate = bodies with 本年新收 总计 = 0 / bodies where it is known (n); the bar is the "
                            + "95% Wilson interval. A year without data breaks the line.");
            for (String level : Charts.levels(provinceRows)) {
                Integer year = latestYear(provinceRows, level);
                if (year == null) continue;
                figure(body, out, "zero_request_by_province_" + level + ".png",
                        charts.zeroRequestByProvince(provinceRows, level, year),
                        "By province, " + level + " level, " + year + " (the latest year with at least "
                                + MIN_PROVINCES + " provinces of known rate), ranked; the full table is below.");
            }
            figure(body, out, "procurement.png", charts.procurement(procurement),
                    "政府集中采购 (2019 form only). Dot: amounts whose unit is known; bar: plus the bare numbers "
                            + "without a unit read as 元 (low) to 万元 (high). n = bodies with a known amount / with an "
                            + "unknown unit. Any sum must stay under the 2022 national total of 7,676.8亿元 ("
                            + LevelStats.NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN.toPlainString() + " 元).");
            figure(body, out, "outcomes.png", charts.outcomes(outcomes),
                    "Share of （七）总计 by outcome, over bodies whose （七）总计 is known (n in the label).");
            for (String block : List.of("reconsideration", "litigation_direct")) {
                figure(body, out, "corrected_" + block + ".png", charts.corrected(litigation, block),
                        "纠正 / 总计 cases, over bodies where both are known (n). No interval: the cases of one "
                                + "body are not independent.");
            }

            body.appendElement("h2").text("stats_by_level");
            table(body, "stats_by_level", byLevel.columns(), levelRows);
            body.appendElement("h2").text("stats_by_province");
            table(body, "stats_by_province", byProvince.columns(), provinceRows);
            Path index = out.resolve("index.html");
            Files.writeString(index, doc.outerHtml(), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Where the figures come from: the warehouse, the date, the parser version(s) and the runs that wrote it. */
    private static void provenance(SparkSession spark, Warehouse warehouse, Element body) {
        body.appendElement("h2").text("Provenance");
        Element dl = body.appendElement("dl").addClass("prov");
        dl.appendElement("dt").text("warehouse");
        dl.appendElement("dd").text(warehouse.root());
        dl.appendElement("dt").text("written");
        dl.appendElement("dd").text(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (UTC)");
        String reports = warehouse.path(Warehouse.REPORTS);
        if (DeltaTable.isDeltaTable(spark, reports)) {
            List<Row> versions = spark.read().format("delta").load(reports)
                    .where(col("is_current").isNull().or(col("is_current")))
                    .groupBy("parser_version").count().orderBy("parser_version").collectAsList();
            dl.appendElement("dt").text("parser version (current reports)");
            dl.appendElement("dd").text(String.join(", ", versions.stream()
                    .map(r -> r.get(0) + " (" + r.get(1) + " reports)").toList()));
        }
        String runs = warehouse.path(Warehouse.RUNS);
        if (DeltaTable.isDeltaTable(spark, runs)) {
            Dataset<Row> r = spark.read().format("delta").load(runs).select("run_id", "kind", "started_at",
                    "ended_at", "parser_version", "input", "listed", "new", "parsed", "failed", "skipped")
                    .orderBy(col("started_at").desc());
            dl.appendElement("dt").text("runs");
            dl.appendElement("dd").text(r.count() + " (latest first)");
            table(body, "runs", r.columns(), r.limit(50).collectAsList());
        }
    }

    private static Integer latestYear(List<Row> provinceRows, String level) {
        return provinceRows.stream().filter(r -> level.equals(r.getAs("level")) && r.getAs("year") != null)
                .map(r -> (Integer) r.getAs("year")).distinct().sorted(Comparator.reverseOrder())
                .filter(y -> provinceRows.stream().filter(r -> level.equals(r.getAs("level"))
                        && Objects.equals(y, r.getAs("year")) && r.getAs("province") != null
                        && r.getAs("zero_request_rate") != null).count() >= MIN_PROVINCES)
                .findFirst().orElse(null);
    }

    private static void figure(Element body, Path out, String file, Chart<?, ?> chart, String caption)
            throws IOException {
        BitmapEncoder.saveBitmap(chart, out.resolve(file).toString(), BitmapEncoder.BitmapFormat.PNG);
        Element f = body.appendElement("figure");
        f.appendElement("img").attr("src", file).attr("alt", chart.getTitle());
        f.appendElement("figcaption").text(caption);
    }

    private static void table(Element body, String name, String[] columns, List<Row> rows) {
        Element t = body.appendElement("div").addClass("scroll").appendElement("table").addClass(name);
        Element head = t.appendElement("tr");
        for (String c : columns) head.appendElement("th").text(c);
        for (Row r : rows) {
            Element tr = t.appendElement("tr");
            for (int i = 0; i < columns.length; i++) {
                Object v = r.get(i);
                String s = v == null ? "–" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
                tr.appendElement("td").addClass(v == null ? "null" : v instanceof Number ? "n" : "s").text(s);
            }
        }
    }
}
