package nianbao.jobs.ingest;

import nianbao.ReportParser;
import nianbao.extract.Limits;
import nianbao.jobs.Warehouse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

/**
 * Re-parses every stored document from the raw bytes kept in {@code documents.content} (no re-download) with the
 * current parser and replaces its {@code reports} row and cells. The previous rows stay reachable through Delta time
 * travel ({@code VERSION AS OF} / {@code versionAsOf}); the {@code runs} row of kind {@code reparse} marks the switch.
 */
public final class Reparse {
    private static final Logger LOG = LogManager.getLogger(Reparse.class);

    private Reparse() {
    }

    /**
     * One reparse under the warehouse {@link Lease}, as ingest's: it rewrites {@code report_cells} whole, so an ingest
     * committing meanwhile would lose its new reports' cells. A reparse refused the lease fails naming the run that
     * holds it.
     *
     * @param o the tasks' sizes, the per-document limits and the lease's settings, as for ingest (its input unused)
     */
    public static RunStats run(SparkSession spark, Warehouse wh, Ingest.Options o) {
        Instant started = Instant.now();
        String runId = RunLog.newRunId(started);
        try (Lease ignored = Lease.acquire(spark.sparkContext().hadoopConfiguration(), wh.root(), runId,
                o.leaseSeconds(), o.leaseWaitSeconds())) {
            return runHeld(spark, wh, o, runId, started);
        }
    }

    private static RunStats runHeld(SparkSession spark, Warehouse wh, Ingest.Options o, String runId,
                                    Instant started) {
        long t0 = System.nanoTime();
        wh.create(spark);
        // The path handed to the parser: a current one if the content has any, else the first it was seen at.
        Dataset<Row> docs = wh.read(spark, Warehouse.DOCUMENTS).filter(col("content").isNotNull()).select(col("sha256"),
                expr("coalesce(get(filter(locations, l -> l.state = '" + Warehouse.STATE_CURRENT + "'), 0).path, get(paths, 0))")
                        .as("path"),
                col("size"), col("modification_time"), col("content"), col("source_url"), col("fetched_at"),
                col("is_current"));
        Row sizes = docs.agg(expr("count(1)"), expr("sum(size)")).first();
        long n = sizes.getLong(0);
        long bytes = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
        int tasks = Listing.tasks(n, bytes, o.filesPerTask(), o.bytesPerTask(),
                spark.sparkContext().defaultParallelism());
        Progress.Counters counters = Progress.Counters.register(spark.sparkContext());
        Dataset<Row> staged;
        try (Progress ignored = new Progress("reparse " + runId, counters, n, n)) {
            staged = docs.select("path", "size", "modification_time", "content", "source_url", "fetched_at", "sha256")
                    .repartition(tasks)
                    .mapPartitions(new FromBytes(o.limits(), counters), Encoders.row(DocumentTask.STAGED))
                    .drop("content") // stored already; the staged rows need not hold every document's bytes again
                    // pinned: our MERGE into documents would make Delta re-run a merely cached plan over it
                    .localCheckpoint(true, Ingest.STAGE);
        }
        Dataset<Row> current = docs.select("sha256", "is_current").localCheckpoint(true, Ingest.STAGE);
        Dataset<Row> reports = ReportMerge.reports(staged, runId).join(current, "sha256")
                .localCheckpoint(true, Ingest.STAGE);
        long failed = staged.filter(col("error").isNotNull()).count();
        long commitStart = System.nanoTime();
        double parseSeconds = (commitStart - t0) / 1e9;
        ReportMerge.replaceReports(spark, wh, reports);
        ReportMerge.overwriteCells(wh, ReportMerge.cells(reports));
        updateDocuments(spark, wh, staged);
        if (failed > 0) RunLog.appendFailures(spark, staged, List.of(), runId, wh);
        double commitSeconds = (System.nanoTime() - commitStart) / 1e9;
        RunStats stats = new RunStats(runId, "reparse", started, Instant.now(), wh.root(), ReportParser.VERSION,
                n, 0, n - failed, failed, 0, parseSeconds, commitSeconds);
        RunLog.appendRun(spark, wh, stats);
        LOG.info("{}", stats);
        return stats;
    }

    /** Extractors may have improved too: keep the documents' format, text and error in step with the reports. */
    private static void updateDocuments(SparkSession spark, Warehouse wh, Dataset<Row> staged) {
        Dataset<Row> s = staged.dropDuplicates("sha256").select("sha256", "format", "text", "error", "parser_version");
        wh.table(spark, Warehouse.DOCUMENTS).as("t")
                .merge(s.as("s"), "t.sha256 = s.sha256")
                .whenMatched().update(java.util.Map.of("format", col("s.format"), "text", col("s.text"),
                        "error", col("s.error"), "parser_version", col("s.parser_version")))
                .execute();
    }

    /**
     * Parses stored bytes (path, size, modification_time, content, source_url, fetched_at, sha256) in executors; the
     * stored hash is the content's, so it is passed on rather than computed again.
     */
    private record FromBytes(Limits limits, Progress.Counters counters)
            implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() { // one document's bytes at a time, not the partition's
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    return DocumentTask.parsedRow(r.getString(0), r.getLong(1), r.getTimestamp(2), (byte[]) r.get(3),
                            r.getString(6), r.getString(4), r.getString(5), limits, counters);
                }
            };
        }
    }
}
