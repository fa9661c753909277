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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
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
     * Where a run keeps what it stages between its steps (the stored locations and earlier failures it compares with,
     * the classified listing, the staged rows, the new state, the new reports; a reparse's staged rows and reports):
     * on the local disk, which the OS caches as memory allows, not in the heap, which the tasks' sorts
     * and hash tables need. The heap then holds no per-document data however many documents a run reads: at 100,000
     * (2 GB of input) in a 2 GB JVM, staged rows kept in memory left the commits' sorts short of heap.
     */
    static final StorageLevel STAGE = StorageLevel.DISK_ONLY();

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
            recordFailedRun(spark, wh, o, runId, started, e, false);
            throw e;
        }
        try (Lease ignored = lease) {
            try {
                RunStats stats = runHeld(spark, wh, o, runId, started);
                long t0 = System.nanoTime();
                RunLog.appendRun(spark, wh, stats);
                LOG.info("ingest run {}: runs append in {} ms", runId, (System.nanoTime() - t0) / 1_000_000);
                return stats;
            } catch (RuntimeException | Error e) {
                recordFailedRun(spark, wh, o, runId, started, e, true);
                throw e;
            }
        }
    }

    private static void recordFailedRun(SparkSession spark, Warehouse wh, Options o, String runId, Instant started,
                                        Throwable e, boolean leaseHeld) {
        String error = RunLog.oneLine(e);
        LOG.error("ingest run {} failed: {}", runId, error);
        try {
            wh.create(spark, leaseHeld);
            RunLog.appendRun(spark, wh, new RunStats(runId, "ingest", started, Instant.now(), o.input(),
                    ReportParser.VERSION, 0, 0, 0, 0, 0, 0, 0), error);
        } catch (RuntimeException second) {
            LOG.error("ingest run {}: cannot record the failed run either: {}", runId, RunLog.oneLine(second));
        }
    }

    /**
     * The ingest itself, for a caller that already holds the warehouse's {@link Lease} and writes the run's
     * {@code runs} row (ingest above; the nightly job, whose one row covers all its steps).
     * The run's named steps, each timed: list → diff → read and parse → commit → record. Every step leaves its
     * result materialized (persisted or counted), so each step's time is its own and not paid again by the next.
     * The tables a first run needs are created meanwhile, on another thread: creating five Delta tables is a few
     * dozen object-store round trips, and nothing before the commits needs them (a missing table is an empty one).
     */
    public static RunStats runHeld(SparkSession spark, Warehouse wh, Options o, String runId, Instant started) {
        Steps steps = new Steps(runId);
        Set<String> existing = steps.time("tables", () -> Warehouse.INGEST_TABLES.stream()
                .filter(t -> wh.exists(spark, t)).collect(Collectors.toSet()));
        CompletableFuture<Void> tables = existing.size() == Warehouse.INGEST_TABLES.size()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> wh.create(spark), Ingest::daemon);
        try {
            String root = Listing.qualify(spark, o.input());
            Listed listed = steps.time("list", () -> list(spark, root, o, runId));
            Diff diff = steps.time("diff", () -> diff(spark, wh, existing, listed, o, root));
            Staged staged = steps.time("read+parse", () -> readAndParse(spark, diff, listed, o, runId));
            double parseSeconds = steps.total() - steps.seconds("tables");
            Changes changes = steps.time("state", () -> changes(diff, staged, root, runId));
            steps.run("tables", () -> await(tables));
            commit(spark, wh, existing, diff, staged, changes, runId, steps);
            RunStats stats = record(runId, started, root, listed, diff, staged, parseSeconds, steps);
            for (Dataset<Row> d : List.of(listed.files(), diff.classified(), staged.rows(), staged.documents(),
                    changes.state(), changes.reports())) {
                d.unpersist();
            }
            return stats;
        } finally {
            // a failed run records itself in `runs`, which must not race the creation of that table
            if (!tables.isDone()) tables.handle((ok, e) -> null).join();
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "nianbao-create-tables");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for the tables; a failure to create them is the run's failure, with its own cause. */
    private static void await(CompletableFuture<Void> tables) {
        try {
            tables.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Whether the table has a row. A table that did not exist when the run started has none, and is not read: this
     * run holds the warehouse lease and writes each table once, after asking.
     */
    private static boolean hasRows(SparkSession spark, Warehouse wh, Set<String> existing, String table) {
        return existing.contains(table) && !wh.read(spark, table).isEmpty();
    }

    /** What the listing found: the files, their count and bytes, and what could not be listed. */
    private record Listed(Dataset<Row> files, long count, long bytes, List<Row> problems) {
        long entries() {
            return count + problems.size();
        }
    }

    /** Step 1: list the input (driver side, no file opened). */
    private static Listed list(SparkSession spark, String root, Options o, String runId) {
        LOG.info("ingest run {}: listing {}", runId, RunLog.redact(root));
        Listing.Result listing = Listing.list(spark, root, o.exclude());
        return new Listed(listing.files(), listing.count(), listing.bytes(), listing.problems());
    }

    /**
     * What the warehouse knows and what is left to read. {@code known} and {@code complete} are every stored
     * location and those whose report is committed; {@code classified} every listed file with what the warehouse
     * says of it (persisted); {@code unchanged} the listed files skipped by path, size and time; {@code candidates}
     * the files to read; {@code problems} the listing problems not logged before;
     * {@code changedPaths} of the candidates, those under a path known before (a report replaced under its name).
     */
    private record Diff(Dataset<Row> known, Dataset<Row> complete, Dataset<Row> classified, Dataset<Row> unchanged,
                        long unchangedCount, Dataset<Row> candidates, long fresh, long bytes, long stillFailing,
                        List<Row> problems, long changedPaths) {
    }

    /**
     * Step 2: skip what the warehouse already has (same path, size and time, with its report committed) and what
     * failed before unchanged. Every listed file is classified in one pass (unchanged with its sha256, failed before
     * and unchanged, under a known path), persisted, and counted by one aggregation: the step costs one job over the
     * listing, however many figures the run reports. An empty warehouse (the first run) has nothing to compare: every
     * listed file is new, the figures are the listing's, and the step runs no job at all.
     */
    private static Diff diff(SparkSession spark, Warehouse wh, Set<String> existing, Listed listed, Options o,
                             String root) {
        boolean noDocuments = !existing.contains(Warehouse.DOCUMENTS);
        // Pinned, not just cached: Delta re-caches every plan over `documents` after our MERGE into it, which would
        // re-run this run's plans against the new state (and find nothing new). A local checkpoint cuts that lineage.
        Dataset<Row> known = noDocuments ? spark.createDataFrame(List.of(), DocumentMerge.KNOWN)
                : DocumentMerge.locations(spark, wh).localCheckpoint(true, STAGE);
        Dataset<Row> complete = DocumentMerge.complete(known);
        // Files that failed to be read before and did not change since are not tried (nor logged) again.
        boolean skipFailed = !o.retryFailed() && hasRows(spark, wh, existing, Warehouse.FAILURES);
        Dataset<Row> failedBefore = skipFailed ? RunLog.failedBefore(spark, wh).localCheckpoint(true, STAGE)
                : spark.createDataFrame(List.of(), Listing.FILES);
        boolean nothingKnown = noDocuments && !skipFailed;
        Dataset<Row> classified = nothingKnown ? DocumentMerge.classify(listed.files())
                : DocumentMerge.classify(listed.files(), known, complete, failedBefore)
                        .persist(STAGE);
        Column isNew = col("sha256").isNull().and(not(col("failed_before")));
        // Against a warehouse that knows nothing every listed file is new, and the listing has the figures: no job.
        Row counts = nothingKnown ? RowFactory.create(0L, 0L, listed.count(), listed.bytes(), 0L)
                : classified.agg(count(when(col("sha256").isNotNull(), 1)),
                        count(when(col("failed_before").and(col("sha256").isNull()), 1)),
                        count(when(isNew, 1)), sum(when(isNew, col("size"))),
                        count(when(isNew.and(col("known_path")), 1))).first();
        Dataset<Row> unchanged = classified.filter(col("sha256").isNotNull())
                .select("path", "sha256", "modification_time");
        Dataset<Row> candidates = withManifest(spark, classified.filter(isNew), o, root);
        long stillFailing = counts.getLong(1);
        List<Row> problems = listed.problems();
        if (skipFailed) {
            List<Row> newProblems = newProblems(spark, problems, failedBefore);
            stillFailing += problems.size() - newProblems.size();
            problems = newProblems;
        }
        return new Diff(known, complete, classified, unchanged, counts.getLong(0), candidates, counts.getLong(2),
                counts.isNullAt(3) ? 0 : counts.getLong(3), stillFailing, problems, counts.getLong(4));
    }

    /** The candidates with the manifest's source_url and fetched_at (null without a manifest). */
    private static Dataset<Row> withManifest(SparkSession spark, Dataset<Row> candidates, Options o, String root) {
        Dataset<Row> c = o.manifest() == null
                ? candidates.withColumn("source_url", lit(null).cast("string"))
                        .withColumn("fetched_at", lit(null).cast("string"))
                : candidates.join(Manifest.read(spark, o.manifest(), root), "path", "left");
        return c.select("path", "size", "modification_time", "source_url", "fetched_at", "etag");
    }

    /**
     * The staged rows and how they came out: parsed without error, failed, known content. {@code documents} is every
     * staged column, read once, by the documents commit; {@code rows} is the same rows without the documents' bytes
     * and text (some 3 GB at 100,000 documents), read by every other step.
     */
    private record Staged(Dataset<Row> rows, Dataset<Row> documents, long parsedOk, long failed, long knownContent) {
    }

    /** Step 3: read and parse the candidates inside executor tasks. */
    private static Staged readAndParse(SparkSession spark, Diff diff, Listed listed, Options o, String runId) {
        int tasks = Listing.tasks(diff.fresh(), diff.bytes(), o.filesPerTask(), o.bytesPerTask(),
                spark.sparkContext().defaultParallelism());
        LOG.info("ingest run {}: {} files listed ({} entries could not be listed), {} new or changed ({} bytes) "
                + "in {} tasks", runId, listed.count(), listed.problems().size(), diff.fresh(), diff.bytes(), tasks);
        if (diff.fresh() == 0) {
            Dataset<Row> none = spark.createDataFrame(List.of(), DocumentTask.STAGED);
            return new Staged(none.drop("content", "text"), none, 0, 0, 0);
        }
        Progress.Counters counters = Progress.Counters.register(spark.sparkContext());
        Broadcast<SerializableWritable<Configuration>> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new SerializableWritable<>(spark.sparkContext().hadoopConfiguration()));
        try (Progress ignored = new Progress("ingest " + runId, counters, listed.entries(), diff.fresh())) {
            Dataset<Row> candidates = diff.candidates().repartition(tasks);
            BloomFilter bloom = knownContent(diff.complete());
            Dataset<Row> staged = parse(candidates, conf, bloom, o, counters);
            Dataset<Row> rows = withoutContent(staged);
            Row outcome = outcome(rows); // the job that reads and parses
            if (outcome.getLong(2) > 0) {
                Dataset<Row> again = secondPass(diff.complete(), staged, conf, o, counters);
                if (again != staged) {
                    rows.unpersist();
                    staged = again;
                    rows = withoutContent(staged);
                    outcome = outcome(rows);
                }
            }
            return new Staged(rows, staged, outcome.getLong(1), outcome.getLong(0), outcome.getLong(2));
        }
    }

    /** The staged rows without the documents' bytes and text, persisted on their own. */
    private static Dataset<Row> withoutContent(Dataset<Row> staged) {
        return staged.drop("content", "text").persist(STAGE);
    }

    /** failed (unreadable or parse error), parsed without error, known content. */
    private static Row outcome(Dataset<Row> staged) {
        return staged.agg(
                count(when(col("status").equalTo(DocumentTask.UNREADABLE).or(col("error").isNotNull()), 1)),
                count(when(col("status").equalTo(DocumentTask.PARSED).and(col("error").isNull()), 1)),
                count(when(col("status").equalTo(DocumentTask.KNOWN), 1))).first();
    }

    /** The documents whose locations change in this run, and the new reports, both persisted and counted. */
    private record Changes(Dataset<Row> state, long changedDocs, Dataset<Row> reports, long newReports) {
    }

    /** The new per-path state of the documents this run touches, and the reports it adds. */
    private static Changes changes(Diff diff, Staged staged, String root, String runId) {
        Dataset<Row> now = diff.unchanged().select("path", "sha256", "modification_time")
                .unionByName(staged.rows().filter(col("sha256").isNotNull())
                        .select("path", "sha256", "modification_time"));
        Dataset<Row> state = DocumentMerge.changedState(diff.known(), now, root, runId).persist(STAGE);
        if (diff.fresh() == 0) {
            // nothing was read: no report to add, and no job to plan and compile over the wide report schema
            Dataset<Row> none = staged.rows().sparkSession().createDataFrame(List.of(),
                    ReportMerge.reports(staged.rows(), runId).schema());
            return new Changes(state, state.count(), none, 0);
        }
        Dataset<Row> reports = ReportMerge.reports(staged.rows(), runId).persist(STAGE);
        return new Changes(state, state.count(), reports, reports.count());
    }

    /**
     * Step 4: the Delta commits. Order: a document is skipped by later runs once `documents` has it, so its report
     * and cells are committed first. A run stopped anywhere in between leaves a document the next run parses again;
     * the reports MERGE and the cells append are keyed by sha256, so nothing is written twice (docs/tables.md).
     */
    private static void commit(SparkSession spark, Warehouse wh, Set<String> existing, Diff diff, Staged staged,
                               Changes changes, String runId, Steps steps) {
        // Into an empty table a MERGE only inserts: a plain append writes the same rows without scanning the target.
        if (changes.changedDocs() > 0) {
            steps.run("reports", () -> {
                if (hasRows(spark, wh, existing, Warehouse.REPORTS)) {
                    ReportMerge.mergeReports(spark, wh, changes.state(), changes.reports());
                } else {
                    ReportMerge.appendReports(wh, changes.state(), changes.reports());
                }
            });
        }
        if (changes.newReports() > 0) {
            steps.run("report_cells", () -> ReportMerge.appendCells(spark, wh, ReportMerge.cells(changes.reports()),
                    !hasRows(spark, wh, existing, Warehouse.REPORT_CELLS)));
        }
        if (staged.failed() + diff.problems().size() > 0) {
            steps.run("failures", () -> RunLog.appendFailures(spark, staged.rows(), diff.problems(), runId, wh));
        }
        if (changes.changedDocs() > 0) {
            steps.run("documents", () -> DocumentMerge.merge(spark, wh, changes.state(), staged.documents(), runId,
                    !hasRows(spark, wh, existing, Warehouse.DOCUMENTS)));
        }
        LOG.info("ingest run {}: {} documents changed, {} new reports", runId, changes.changedDocs(),
                changes.newReports());
    }

    /**
     * Step 5: the counts, checked to add up, and the run's stats with every step's time (the caller writes them to
     * {@code runs}).
     */
    private static RunStats record(String runId, Instant started, String root,
                                   Listed listed, Diff diff, Staged staged, double parseSeconds, Steps steps) {
        long failed = staged.failed() + diff.problems().size();
        // Each counted on its own: unchanged files, files that failed before and did not change, known content.
        long skipped = diff.unchangedCount() + diff.stillFailing() + staged.knownContent();
        if (listed.entries() != staged.parsedOk() + failed + skipped) {
            LOG.warn("ingest run {}: counts do not add up: listed {} != parsed {} + failed {} + skipped {}",
                    runId, listed.entries(), staged.parsedOk(), failed, skipped);
        }
        // the runs row is the caller's (ingest's own, or the nightly job's one row for all its steps)
        RunStats stats = new RunStats(runId, "ingest", started, Instant.now(), root, ReportParser.VERSION,
                listed.entries(), diff.fresh(), staged.parsedOk(), failed, skipped, parseSeconds,
                steps.total() - parseSeconds - steps.seconds("state"), diff.changedPaths(), steps.seconds());
        LOG.info("{}", stats);
        return stats;
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

    /**
     * A Bloom filter may say "known" for new content; those few are parsed in a second pass (the rest of the staged
     * rows stay as they are).
     */
    private static Dataset<Row> secondPass(Dataset<Row> known, Dataset<Row> staged,
                                           Broadcast<SerializableWritable<Configuration>> conf, Options o,
                                           Progress.Counters counters) {
        Dataset<Row> falsePositives = staged.filter(col("status").equalTo(DocumentTask.KNOWN))
                .join(known.select("sha256"), "sha256", "left_anti")
                .select(col("path"), col("size"), col("modification_time"), col("source_url"), col("fetched_at"),
                        lit(null).cast("string").as("etag")) // the store is asked again: the listing's is not kept
                .localCheckpoint(true, STAGE);
        if (falsePositives.isEmpty()) return staged;
        Dataset<Row> again = parse(falsePositives, conf, null, o, counters);
        Dataset<Row> merged = staged.join(falsePositives.select("path"), "path", "left_anti").unionByName(again)
                .localCheckpoint(true, STAGE);
        staged.unpersist();
        return merged;
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
                .persist(STAGE);
    }
}
