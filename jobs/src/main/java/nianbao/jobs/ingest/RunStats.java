package nianbao.jobs.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run did, as written to the {@code runs} table: files listed, new (not known by path, size and
 * modification time), parsed without error, failed (unreadable or parse error), skipped (unchanged, or content
 * already ingested under another path). {@code parseSeconds} (listing, reading and parsing) and
 * {@code commitSeconds} (the Delta MERGEs and appends) are measured apart for the benchmark; {@code stages} holds the
 * seconds of every named step, in run order (e.g. list, diff, read+parse, reports, report_cells, documents, runs), so
 * a slow run shows where its time went. {@code changed}: of the new, those whose path was known before (a report
 * replaced under the same name).
 */
public record RunStats(String runId, String kind, Instant started, Instant ended, String input, String parserVersion,
                       long listed, long fresh, long parsed, long failed, long skipped, double parseSeconds,
                       double commitSeconds, long changed, Map<String, Double> stages) {

    public RunStats {
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    /** A run without a per-step breakdown. */
    public RunStats(String runId, String kind, Instant started, Instant ended, String input, String parserVersion,
                    long listed, long fresh, long parsed, long failed, long skipped, double parseSeconds,
                    double commitSeconds, long changed) {
        this(runId, kind, started, ended, input, parserVersion, listed, fresh, parsed, failed, skipped, parseSeconds,
                commitSeconds, changed, Map.of());
    }

    /** A run without a per-step breakdown or a count of changed paths (a reparse, a refused run). */
    public RunStats(String runId, String kind, Instant started, Instant ended, String input, String parserVersion,
                    long listed, long fresh, long parsed, long failed, long skipped, double parseSeconds,
                    double commitSeconds) {
        this(runId, kind, started, ended, input, parserVersion, listed, fresh, parsed, failed, skipped, parseSeconds,
                commitSeconds, 0, Map.of());
    }

    public double seconds() {
        return Math.max(1e-3, (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0);
    }

    /** The per-step line: {@code list 0.4 s, diff 0.1 s, read+parse 20.3 s, …}. */
    public String breakdown() {
        return stages.entrySet().stream()
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s run %s: listed %d, new %d, parsed %d, failed %d, skipped %d "
                        + "in %.1f s (parse %.1f s, commit %.1f s)%s",
                kind, runId, listed, fresh, parsed, failed, skipped, seconds(), parseSeconds, commitSeconds,
                stages.isEmpty() ? "" : "; steps: " + breakdown());
    }
}
