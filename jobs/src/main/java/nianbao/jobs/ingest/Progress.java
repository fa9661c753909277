package nianbao.jobs.ingest;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line for long runs, logged at INFO through {@code nianbao.jobs.ingest} every {@link #INTERVAL_SECONDS}
 * while documents are read: files listed, read so far, parsed, failed, skipped, and the rate. Executors only bump
 * accumulators; the driver reads them.
 */
final class Progress implements AutoCloseable {
    static final long INTERVAL_SECONDS = 10;
    private static final Logger LOG = LogManager.getLogger(Progress.class);

    /** The executor-side counters (accumulators are serializable and merged on the driver). */
    record Counters(LongAccumulator parsed, LongAccumulator failed, LongAccumulator skipped) implements Serializable {
        static Counters register(SparkContext sc) {
            return new Counters(sc.longAccumulator("nianbao.parsed"), sc.longAccumulator("nianbao.failed"),
                    sc.longAccumulator("nianbao.skipped"));
        }

        long done() {
            return parsed.value() + failed.value() + skipped.value();
        }
    }

    private final String what;
    private final Counters counters;
    private final long listed;
    private final long toRead;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;

    Progress(String what, Counters counters, long listed, long toRead) {
        this.what = what;
        this.counters = counters;
        this.listed = listed;
        this.toRead = toRead;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nianbao-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::log, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    void log() {
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        LOG.info(String.format("%s: listed %d, to read %d, done %d (parsed %d, failed %d, skipped %d), %.1f docs/s",
                what, listed, toRead, counters.done(), counters.parsed().value(), counters.failed().value(),
                counters.skipped().value(), counters.done() / secs));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        log();
    }
}
