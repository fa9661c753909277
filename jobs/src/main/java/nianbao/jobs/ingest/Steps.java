package nianbao.jobs.ingest;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The named steps of one run and their wall-clock seconds, in order, each logged as it ends: the per-step timing
 * line every run prints (and {@link RunStats#stages()} keeps), so a slow run shows where its time went.
 */
final class Steps {
    private static final Logger LOG = LogManager.getLogger(Steps.class);

    private final String runId;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    Steps(String runId) {
        this.runId = runId;
    }

    /** Runs a step that yields its result. */
    <T> T time(String name, Supplier<T> step) {
        long t0 = System.nanoTime();
        try {
            return step.get();
        } finally {
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.merge(name, s, Double::sum);
            LOG.info(String.format(java.util.Locale.ROOT, "run %s: %s in %.2f s", runId, name, s));
        }
    }

    /** Runs a step done for its effect (a commit). */
    void run(String name, Runnable step) {
        time(name, () -> {
            step.run();
            return null;
        });
    }

    double seconds(String name) {
        return seconds.getOrDefault(name, 0.0);
    }

    double total() {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    Map<String, Double> seconds() {
        return seconds;
    }
}
