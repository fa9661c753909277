package nianbao.jobs.ingest;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/** The audit tables: one {@code runs} row per run, {@code failures} rows for what could not be read or parsed. */
public final class RunLog {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunLog() {
    }

    /** Sortable and unique: {@code 20261124T061500Z-3f2a1c}. */
    public static String newRunId(Instant start) {
        return ID.format(start) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /**
     * Text without the userinfo of any URI in it ({@code s3a://KEY:SECRET@bucket/x} → {@code s3a://bucket/x}, also
     * when the secret holds a '/'): never store or print secrets.
     */
    static String redact(String uri) {
        return uri == null ? null : uri.replaceAll("([a-zA-Z][a-zA-Z0-9+.-]*://)[^@\\s]*@", "$1");
    }

    /**
     * Appends what failed: the staged rows that failed (unreadable files: stage read; reports with an error: stage
     * parse) and the entries the listing could not list (stage list). Each row keeps the file's size and time, so the
     * next run retries it only when it changed ({@link #failedBefore}).
     */
    static void appendFailures(SparkSession spark, Dataset<Row> staged, List<Row> problems, String runId,
                               Warehouse wh) {
        Dataset<Row> fromFiles = staged.filter(col("status").equalTo(DocumentTask.UNREADABLE).or(col("error").isNotNull()))
                .select(lit(runId).as("run_id"), col("path"), col("sha256"),
                        when(col("status").equalTo(DocumentTask.UNREADABLE), lit("read")).otherwise(lit("parse"))
                                .as("stage"),
                        col("error").as("reason"), current_timestamp().as("failed_at"), col("size"),
                        col("modification_time"));
        Dataset<Row> fromListing = spark.createDataFrame(problems, Listing.PROBLEMS)
                .select(lit(runId).as("run_id"), col("path"), lit(null).cast("string").as("sha256"),
                        lit("list").as("stage"), col("reason"), current_timestamp().as("failed_at"), col("size"),
                        col("modification_time"));
        fromFiles.unionByName(fromListing)
                .write().format("delta").mode("append").option("mergeSchema", "true").save(wh.path(Warehouse.FAILURES));
    }

    /**
     * path, size, modification_time of every entry that failed to be listed or read before (stage list or read):
     * the same entry, unchanged, is not tried (nor logged) again unless the run retries failures. Parse failures need
     * no such list: their content is stored as a document with its error, and skipped like any known content.
     */
    static Dataset<Row> failedBefore(SparkSession spark, Warehouse wh) {
        Dataset<Row> f = wh.read(spark, Warehouse.FAILURES);
        if (!java.util.Arrays.asList(f.columns()).contains("size")) {
            return spark.createDataFrame(List.of(), Listing.FILES); // a warehouse from before sizes were kept
        }
        return f.filter(col("stage").isin("read", "list")).select("path", "size", "modification_time").distinct();
    }

    /** One step of a run that has several (nightly: ingest, aggregate, maintain), as {@code runs.steps} keeps it. */
    public record Step(String name, double seconds, String outcome, String detail) {
        Row row() {
            return RowFactory.create(name, seconds, outcome, detail == null ? null : redact(detail));
        }
    }

    /** Appends the run's row: {@code status} ok, or failed with its {@code error} (one line, credentials cut). */
    static void appendRun(SparkSession spark, Warehouse wh, RunStats s, String error) {
        appendRun(spark, wh, s, error, null);
    }

    /** The run's row with its steps (null for a run of one step: ingest, reparse). */
    public static void appendRun(SparkSession spark, Warehouse wh, RunStats s, String error, List<Step> steps) {
        Row r = RowFactory.create(s.runId(), s.kind(), Timestamp.from(s.started()), Timestamp.from(s.ended()),
                redact(s.input()), redact(wh.root()), s.parserVersion(), s.listed(), s.fresh(), s.parsed(),
                s.failed(), s.skipped(), error == null ? "ok" : "failed", error == null ? null : redact(error),
                steps == null ? null : steps.stream().map(Step::row).toList());
        spark.createDataFrame(List.of(r), Warehouse.TABLES.get(Warehouse.RUNS).schema())
                .write().format("delta").mode("append").option("mergeSchema", "true").save(wh.path(Warehouse.RUNS));
    }

    static void appendRun(SparkSession spark, Warehouse wh, RunStats s) {
        appendRun(spark, wh, s, null);
    }

    /** An exception as the one line a runs row or a log line shows: type and first message line, never secrets. */
    public static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl).strip();
        if (m.length() > 500) m = m.substring(0, 500) + "…";
        return redact(t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m));
    }
}
