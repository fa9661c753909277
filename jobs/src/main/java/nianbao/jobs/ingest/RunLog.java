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
final class RunLog {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RunLog() {
    }

    /** Sortable and unique: {@code 20261124T061500Z-3f2a1c}. */
    static String newRunId(Instant start) {
        return ID.format(start) + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A URI without its userinfo ({@code s3a://KEY:SECRET@bucket/x} → {@code s3a://bucket/x}): never store secrets. */
    static String redact(String uri) {
        return uri == null ? null : uri.replaceAll("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
    }

    /** Appends the staged rows that failed: unreadable files (stage read) and reports with an error (stage parse). */
    static void appendFailures(Dataset<Row> staged, String runId, Warehouse wh) {
        staged.filter(col("status").equalTo(DocumentTask.UNREADABLE).or(col("error").isNotNull()))
                .select(lit(runId).as("run_id"), col("path"), col("sha256"),
                        when(col("status").equalTo(DocumentTask.UNREADABLE), lit("read")).otherwise(lit("parse"))
                                .as("stage"),
                        col("error").as("reason"), current_timestamp().as("failed_at"))
                .write().format("delta").mode("append").save(wh.path(Warehouse.FAILURES));
    }

    static void appendRun(SparkSession spark, Warehouse wh, RunStats s) {
        Row r = RowFactory.create(s.runId(), s.kind(), Timestamp.from(s.started()), Timestamp.from(s.ended()),
                redact(s.input()), redact(wh.root()), s.parserVersion(), s.listed(), s.fresh(), s.parsed(),
                s.failed(), s.skipped());
        spark.createDataFrame(List.of(r), Warehouse.TABLES.get(Warehouse.RUNS).schema())
                .write().format("delta").mode("append").save(wh.path(Warehouse.RUNS));
    }
}
