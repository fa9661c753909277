package nianbao.jobs.nightly;

import nianbao.ReportParser;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.Lease;
import nianbao.jobs.ingest.RunLog;
import nianbao.jobs.ingest.RunLog.Step;
import nianbao.jobs.ingest.RunStats;
import nianbao.jobs.stats.Aggregate;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The nightly job: incremental ingest, aggregate, maintain, under one warehouse {@link Lease} (a second nightly, ingest
 * or reparse on the same warehouse fails at once naming this run, or waits {@code nianbao.lease.wait.seconds}), with
 * one {@code runs} row of kind {@code nightly} that records each step's duration and outcome.
 * <p>Safe to repeat: ingest skips what it has, aggregate skips the write when the reports did not change
 * ({@link Aggregate#refresh}), maintenance only acts where there is something to do. Safe after a failed or killed run:
 * ingest's commits are keyed so a half-done run is completed, not counted twice (docs/tables.md), and an aggregate or
 * maintenance that did not finish is simply done by the next run. A step that fails ends the run: the steps after it
 * are recorded as {@code skipped}.
 */
public final class Nightly {
    private static final Logger LOG = LogManager.getLogger(Nightly.class);
    static final String KIND = "nightly";

    /** What a nightly run did. {@code error} is null when every step succeeded. */
    public record Result(String runId, RunStats ingest, List<Step> steps, List<String> moved, boolean goldWritten,
                         String error) {
        public boolean ok() {
            return error == null;
        }

        /** The summary the command prints. */
        public String summary() {
            StringBuilder s = new StringBuilder("nightly run " + runId + ": " + (ok() ? "ok" : "FAILED: " + error));
            if (ingest != null) {
                s.append(String.format("%n  reports: %d listed, %d new, %d changed, %d failed, %d skipped",
                        ingest.listed(), ingest.fresh() - ingest.changed(), ingest.changed(), ingest.failed(),
                        ingest.skipped()));
            }
            for (Step st : steps) {
                s.append(String.format("%n  %-9s %-8s %6.1f s%s", st.name(), st.outcome(), st.seconds(),
                        st.detail() == null ? "" : "  " + st.detail()));
            }
            if (ok()) {
                s.append(moved.isEmpty() ? String.format("%n  headline figures: unchanged")
                        : String.format("%n  headline figures that moved:%n    " + String.join("%n    ", moved)));
            }
            return s.toString();
        }
    }

    /** The settings of one run: what to ingest, and when to OPTIMIZE. */
    public record Options(Ingest.Options ingest, long optimizeMinFiles) {
    }

    private Nightly() {
    }

    public static Result run(SparkSession spark, Warehouse wh, Options o) {
        Instant started = Instant.now();
        String runId = RunLog.newRunId(started);
        List<Step> steps = new ArrayList<>();
        Lease lease;
        try {
            lease = Lease.acquire(spark.sparkContext().hadoopConfiguration(), wh.root(), runId,
                    o.ingest().leaseSeconds(), o.ingest().leaseWaitSeconds());
        } catch (Lease.HeldException e) {
            // recorded (a blind append, safe beside the run that holds the warehouse) and thrown on: exit 1
            steps.add(new Step("lease", seconds(started), "failed", RunLog.oneLine(e)));
            record(spark, wh, o, runId, started, null, steps, RunLog.oneLine(e), false);
            throw e;
        }
        try (Lease ignored = lease) {
            return underLease(spark, wh, o, runId, started, steps);
        }
    }

    private static Result underLease(SparkSession spark, Warehouse wh, Options o, String runId, Instant started,
                                     List<Step> steps) {
        RunStats ingest = step(steps, "ingest", () -> Ingest.runHeld(spark, wh, o.ingest(), runId, started),
                r -> r.fresh() + " new or changed, " + r.failed() + " failed");
        List<Row> before = wh.exists(spark, Warehouse.STATS_BY_LEVEL)
                ? wh.read(spark, Warehouse.STATS_BY_LEVEL).collectAsList() : List.of();
        Aggregate.Refresh gold = ingest == null ? skipped(steps, "aggregate")
                : step(steps, "aggregate", () -> Aggregate.refresh(spark, wh, false),
                        r -> r.written() ? "gold tables written" : "reports unchanged, gold tables kept");
        List<Maintain.TableResult> maintained = gold == null ? skipped(steps, "maintain")
                : step(steps, "maintain", () -> Maintain.run(spark, wh, o.optimizeMinFiles()), Nightly::maintained);
        String error = steps.stream().filter(s -> s.outcome().equals("failed")).map(s -> s.name() + ": " + s.detail())
                .findFirst().orElse(null);
        List<String> moved = gold == null ? List.of()
                : Headlines.moved(before, gold.gold().get(Warehouse.STATS_BY_LEVEL).collectAsList());
        record(spark, wh, o, runId, started, ingest, steps, error, true);
        Result r = new Result(runId, ingest, steps, moved, gold != null && gold.written(), error);
        LOG.info("{}", r.summary());
        return r;
    }

    private static String maintained(List<Maintain.TableResult> rs) {
        List<String> did = rs.stream().filter(t -> t.optimized() || t.vacuumed() > 0 || t.checkpointed())
                .map(Maintain.TableResult::toString).toList();
        return did.isEmpty() ? "nothing to do" : String.join("; ", did);
    }

    /** Runs a step, recording its duration and outcome; null if it failed (the error is in its step). */
    private static <T> T step(List<Step> steps, String name, Supplier<T> work,
                              java.util.function.Function<T, String> detail) {
        Instant t0 = Instant.now();
        try {
            T result = work.get();
            steps.add(new Step(name, seconds(t0), "ok", detail.apply(result)));
            return result;
        } catch (RuntimeException e) {
            LOG.error("nightly step {} failed: {}", name, RunLog.oneLine(e), e);
            steps.add(new Step(name, seconds(t0), "failed", RunLog.oneLine(e)));
            return null;
        }
    }

    private static <T> T skipped(List<Step> steps, String name) {
        steps.add(new Step(name, 0, "skipped", "an earlier step failed"));
        return null;
    }

    private static double seconds(Instant since) {
        return (Instant.now().toEpochMilli() - since.toEpochMilli()) / 1000.0;
    }

    private static void record(SparkSession spark, Warehouse wh, Options o, String runId, Instant started,
                               RunStats ingest, List<Step> steps, String error, boolean leaseHeld) {
        RunStats s = ingest != null
                ? new RunStats(runId, KIND, started, Instant.now(), ingest.input(), ingest.parserVersion(),
                        ingest.listed(), ingest.fresh(), ingest.parsed(), ingest.failed(), ingest.skipped(),
                        ingest.parseSeconds(), ingest.commitSeconds(), ingest.changed())
                : new RunStats(runId, KIND, started, Instant.now(), o.ingest().input(), ReportParser.VERSION,
                        0, 0, 0, 0, 0, 0, 0);
        try {
            wh.create(spark, leaseHeld);
            RunLog.appendRun(spark, wh, s, error, steps);
        } catch (RuntimeException e) {
            LOG.error("nightly run {}: cannot record the run: {}", runId, RunLog.oneLine(e));
            if (error == null) throw e;
        }
    }
}
