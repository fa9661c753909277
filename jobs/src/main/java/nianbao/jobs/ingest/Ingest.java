package nianbao.jobs.ingest;

import nianbao.ReportParser;
import nianbao.extract.Limits;
import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;

import java.time.Instant;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The ingest job: list the input, skip what the warehouse already has (same path, size and modification time, or
 * same content), parse only new or changed files inside executor tasks, and MERGE the results into the Delta tables
 * (docs/tables.md). Idempotent: a second run over unchanged input writes no data rows (only its {@code runs} row).
 */
public final class Ingest {
    private static final Logger LOG = LogManager.getLogger(Ingest.class);

    /** What to ingest, how to cut it into tasks, the per-document limits, and how to share the warehouse. */
    public record Options(String input, String manifest, long filesPerTask, long bytesPerTask, Limits limits,
                          String exclude, boolean retryFailed, long leaseSeconds, long leaseWaitSeconds) {
        public static Options from(Settings s) {
            String manifest = s.get(Settings.MANIFEST);
            return new Options(s.get(Settings.INPUT), manifest.isEmpty() ? null : manifest,
                    s.getLong(Settings.FILES_PER_TASK), s.getLong(Settings.BYTES_PER_TASK), s.limits(),
                    s.get(Settings.INGEST_EXCLUDE), s.getBoolean(Settings.RETRY_FAILED),
                    s.getLong(Settings.LEASE_SECONDS), s.getLong(Settings.LEASE_WAIT_SECONDS));
        }

        /** The built-in defaults for everything but the input and manifest. */
        public static Options of(String input, String manifest) {
            return from(Settings.resolve(null, java.util.Map.of(), java.util.Map.of()))
                    .withInput(input).withManifest(manifest);
        }

        public long timeoutSeconds() {
            return limits.timeoutMillis() / 1000;
        }

        public Options withInput(String in) {
            return new Options(in, manifest, filesPerTask, bytesPerTask, limits, exclude, retryFailed, leaseSeconds,
                    leaseWaitSeconds);
        }

        public Options withManifest(String m) {
            return new Options(input, m, filesPerTask, bytesPerTask, limits, exclude, retryFailed, leaseSeconds,
                    leaseWaitSeconds);
        }

        public Options withFilesPerTask(long n) {
            return new Options(input, manifest, n, bytesPerTask, limits, exclude, retryFailed, leaseSeconds,
                    leaseWaitSeconds);
        }

        public Options withLimits(Limits l) {
            return new Options(input, manifest, filesPerTask, bytesPerTask, l, exclude, retryFailed, leaseSeconds,
                    leaseWaitSeconds);
        }

        public Options withRetryFailed(boolean r) {
            return new Options(input, manifest, filesPerTask, bytesPerTask, limits, exclude, r, leaseSeconds,
                    leaseWaitSeconds);
        }
    }

    private Ingest() {
    }

    /**
     * One ingest run under the warehouse lease ({@link Lease}). Whatever happens, the run leaves a {@code runs} row:
     * a failed run's row has {@code status = failed} and its error (one line, no credentials), and the error is
     * thrown on.
     */
    public static RunStats run(SparkSession spark, Warehouse wh, Options o) {
        Instant started = Instant.now();
        String runId = RunLog.newRunId(started);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Lease lease;
        try {
            lease = Lease.acquire(hadoop, wh.root(), runId, o.leaseSeconds(), o.leaseWaitSeconds());
        } catch (Lease.HeldException e) {
            // the audit trail has no holes: a refused run says so too (a blind append, safe beside the other run)
            recordFailedRun(spark, wh, o, runId, started, e);
            throw e;
        }
        try (Lease ignored = lease) {
            try {
                RunStats stats = runHeld(spark, wh, o, runId, started);
                RunLog.appendRun(spark, wh, stats);
                return stats;
            } catch (RuntimeException | Error e) {
                recordFailedRun(spark, wh, o, runId, started, e);
                throw e;
            }
        }
    }

    private static void recordFailedRun(SparkSession spark, Warehouse wh, Options o, String runId, Instant started,
                                        Throwable e) {
        String error = RunLog.oneLine(e);
        LOG.error("ingest run {} failed: {}", runId, error);
        try {
            wh.create(spark);
            RunLog.appendRun(spark, wh, new RunStats(runId, "ingest", started, Instant.now(), o.input(),
                    ReportParser.VERSION, 0, 0, 0, 0, 0, 0, 0), error);
        } catch (RuntimeException second) {
            LOG.error("ingest run {}: cannot record the failed run either: {}", runId, RunLog.oneLine(second));
        }
    }

    /**
     * The ingest itself, for a caller that already holds the warehouse's {@link Lease} and writes the run's
     * {@code runs} row (ingest above; the nightly job, whose one row covers all its steps).
     */
    public static RunStats runHeld(SparkSession spark, Warehouse wh, Options o, String runId, Instant started) {
        wh.create(spark);
        String root = Listing.qualify(spark, o.input());
        LOG.info("ingest run {}: listing {}", runId, RunLog.redact(root));

        long parseStart = System.nanoTime();
        Listing.Result listing = Listing.list(spark, root, o.exclude());
        Dataset<Row> listed = listing.files().persist(StorageLevel.MEMORY_AND_DISK());
        // Pinned, not just cached: Delta re-caches every plan over `documents` after our MERGE into it, which would
        // re-run this run's plans against the new state (and find nothing new). A local checkpoint cuts that lineage.
        Dataset<Row> known = DocumentMerge.locations(spark, wh).localCheckpoint(true);
        Dataset<Row> complete = DocumentMerge.complete(known);
        Dataset<Row> unchanged = DocumentMerge.unchanged(listed, complete).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> candidates = listed.join(unchanged.select("path"), "path", "left_anti");
        // Files that failed to be read before and did not change since are not tried (nor logged) again.
        Dataset<Row> failedBefore = o.retryFailed() ? null : RunLog.failedBefore(spark, wh).localCheckpoint(true);
        long stillFailing = 0;
        List<Row> problems = listing.problems();
        if (failedBefore != null) {
            Dataset<Row> same = sameEntries(candidates, failedBefore);
            stillFailing = same.count();
            candidates = candidates.join(same.select("path"), "path", "left_anti");
            List<Row> newProblems = newProblems(spark, problems, failedBefore);
            stillFailing += problems.size() - newProblems.size();
            problems = newProblems;
        }
        candidates = o.manifest() == null
                ? candidates.withColumn("source_url", lit(null).cast("string"))
                        .withColumn("fetched_at", lit(null).cast("string"))
                : candidates.join(Manifest.read(spark, o.manifest(), root), "path", "left");
        candidates = candidates.select("path", "size", "modification_time", "source_url", "fetched_at");

        // of the new, those under a path known before: a report replaced under the same name
        long changedPaths = candidates.join(known.select("path").distinct(), "path", "left_semi").count();
        long listedFiles = listed.count();
        long listedCount = listedFiles + listing.problems().size();
        long unchangedCount = unchanged.count();
        Row sizes = candidates.agg(count(lit(1)), sum(col("size"))).first();
        long fresh = sizes.getLong(0);
        long bytes = sizes.isNullAt(1) ? 0 : sizes.getLong(1);
        int tasks = Listing.tasks(fresh, bytes, o.filesPerTask(), o.bytesPerTask(),
                spark.sparkContext().defaultParallelism());
        LOG.info("ingest run {}: {} files listed ({} entries could not be listed), {} new or changed ({} bytes) "
                + "in {} tasks", runId, listedFiles, listing.problems().size(), fresh, bytes, tasks);

        Progress.Counters counters = Progress.Counters.register(spark.sparkContext());
        Broadcast<SerializableWritable<Configuration>> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
        Dataset<Row> staged;
        try (Progress ignored = new Progress("ingest " + runId, counters, listedCount, fresh)) {
            staged = fresh == 0 ? spark.createDataFrame(java.util.List.of(), DocumentTask.STAGED)
                    : stage(complete, candidates.repartition(tasks), conf, o, counters);
        }

        Dataset<Row> now = unchanged.select("path", "sha256", "modification_time")
                .unionByName(staged.filter(col("sha256").isNotNull()).select("path", "sha256", "modification_time"));
        Dataset<Row> state = DocumentMerge.changedState(known, now, root, runId).persist(StorageLevel.MEMORY_AND_DISK());
        long changedDocs = state.count();
        Dataset<Row> reports = ReportMerge.reports(staged, runId).persist(StorageLevel.MEMORY_AND_DISK());
        long newReports = reports.count();

        Row outcome = staged.agg(
                count(when(col("status").equalTo(DocumentTask.UNREADABLE).or(col("error").isNotNull()), 1)),
                count(when(col("status").equalTo(DocumentTask.PARSED).and(col("error").isNull()), 1)),
                count(when(col("status").equalTo(DocumentTask.KNOWN), 1))).first();
        long failed = outcome.getLong(0) + problems.size();
        long parsedOk = outcome.getLong(1);
        // Each counted on its own: unchanged files, files that failed before and did not change, known content.
        long skipped = unchangedCount + stillFailing + outcome.getLong(2);
        if (listedCount != parsedOk + failed + skipped) {
            LOG.warn("ingest run {}: counts do not add up: listed {} != parsed {} + failed {} + skipped {}",
                    runId, listedCount, parsedOk, failed, skipped);
        }
        long commitStart = System.nanoTime();
        double parseSeconds = (commitStart - parseStart) / 1e9;
        // Commit order: a document is skipped by later runs once `documents` has it, so its report and cells are
        // committed first. A run stopped anywhere in between leaves a document the next run parses again; the
        // reports MERGE and the cells append are keyed by sha256, so nothing is written twice (docs/tables.md).
        if (changedDocs > 0) {
            timed("reports MERGE", runId, () -> ReportMerge.mergeReports(spark, wh, state, reports));
        }
        if (newReports > 0) {
            timed("report_cells append", runId, () -> ReportMerge.appendCells(spark, wh, ReportMerge.cells(reports)));
        }
        if (failed > 0) {
            List<Row> logged = problems;
            timed("failures append", runId, () -> RunLog.appendFailures(spark, staged, logged, runId, wh));
        }
        if (changedDocs > 0) {
            timed("documents MERGE", runId, () -> DocumentMerge.merge(spark, wh, state, staged, runId));
        }
        double commitSeconds = (System.nanoTime() - commitStart) / 1e9;
        LOG.info("ingest run {}: {} documents changed, {} new reports", runId, changedDocs, newReports);

        RunStats stats = new RunStats(runId, "ingest", started, Instant.now(), root, ReportParser.VERSION,
                listedCount, fresh, parsedOk, failed, skipped, parseSeconds, commitSeconds, changedPaths);
        for (Dataset<Row> d : java.util.List.of(listed, unchanged, staged, state, reports)) d.unpersist();
        LOG.info("{}", stats);
        return stats;
    }

    /** The candidates that are, by path, size and time (null-safe), an entry that failed before. */
    private static Dataset<Row> sameEntries(Dataset<Row> candidates, Dataset<Row> failedBefore) {
        return candidates.as("c").join(failedBefore.as("f"), col("c.path").equalTo(col("f.path"))
                        .and(col("c.size").eqNullSafe(col("f.size")))
                        .and(col("c.modification_time").eqNullSafe(col("f.modification_time"))), "left_semi");
    }

    /** The listing problems not already recorded for the same entry. */
    private static List<Row> newProblems(SparkSession spark, List<Row> problems, Dataset<Row> failedBefore) {
        if (problems.isEmpty()) return problems;
        Dataset<Row> p = spark.createDataFrame(problems, Listing.PROBLEMS);
        return p.as("c").join(failedBefore.as("f"), col("c.path").equalTo(col("f.path"))
                .and(col("c.size").eqNullSafe(col("f.size")))
                .and(col("c.modification_time").eqNullSafe(col("f.modification_time"))), "left_anti")
                .select("path", "size", "modification_time", "reason").collectAsList();
    }

    /** Reads and parses the candidates in executor tasks; the result is cached for the MERGEs that follow. */
    private static Dataset<Row> stage(Dataset<Row> known, Dataset<Row> candidates,
                                      Broadcast<SerializableWritable<Configuration>> conf, Options o,
                                      Progress.Counters counters) {
        BloomFilter bloom = knownContent(known);
        Dataset<Row> staged = parse(candidates, conf, bloom, o, counters);
        long maybeKnown = staged.filter(col("status").equalTo(DocumentTask.KNOWN)).count();
        if (maybeKnown == 0) return staged;
        // A Bloom filter may say "known" for new content; those few are parsed in a second pass.
        Dataset<Row> falsePositives = staged.filter(col("status").equalTo(DocumentTask.KNOWN))
                .join(known.select("sha256"), "sha256", "left_anti")
                .select("path", "size", "modification_time", "source_url", "fetched_at")
                .localCheckpoint(true);
        if (falsePositives.isEmpty()) return staged;
        Dataset<Row> again = parse(falsePositives, conf, null, o, counters);
        Dataset<Row> merged = staged.join(falsePositives.select("path"), "path", "left_anti").unionByName(again)
                .localCheckpoint(true);
        staged.unpersist();
        return merged;
    }

    static void timed(String what, String runId, Runnable step) {
        long t0 = System.nanoTime();
        step.run();
        LOG.info("run {}: {} in {} ms", runId, what, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A Bloom filter over the sha256 of every stored document, or null when there are none yet. */
    private static BloomFilter knownContent(Dataset<Row> known) {
        Dataset<Row> shas = known.select("sha256");
        long n = shas.count();
        return n == 0 ? null : shas.stat().bloomFilter("sha256", Math.max(1000, n), 0.001);
    }

    private static Dataset<Row> parse(Dataset<Row> candidates, Broadcast<SerializableWritable<Configuration>> conf,
                                      BloomFilter bloom, Options o, Progress.Counters counters) {
        return candidates
                .mapPartitions(new DocumentTask(conf, bloom, o.limits(), counters),
                        Encoders.row(DocumentTask.STAGED))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }
}
