package nianbao.jobs.ingest;

import java.time.Instant;

/**
 * What one run did, as written to the {@code runs} table: files listed, new (not known by path, size and
 * modification time), parsed without error, failed (unreadable or parse error), skipped (unchanged, or content
 * already ingested under another path). {@code parseSeconds} (listing, reading and parsing) and
 * {@code commitSeconds} (the Delta MERGEs and appends) are measured apart for the benchmark. {@code changed}: of the
 * new, those whose path was known before (a report replaced under the same name).
 */
public record RunStats(String runId, String kind, Instant started, Instant ended, String input, String parserVersion,
                       long listed, long fresh, long parsed, long failed, long skipped, double parseSeconds,
                       double commitSeconds, long changed) {

    /** Without the count of changed paths (a reparse, a refused run). */
    public RunStats(String runId, String kind, Instant started, Instant ended, String input, String parserVersion,
                    long listed, long fresh, long parsed, long failed, long skipped, double parseSeconds,
                    double commitSeconds) {
        this(runId, kind, started, ended, input, parserVersion, listed, fresh, parsed, failed, skipped, parseSeconds,
                commitSeconds, 0);
    }

    public double seconds() {
        return Math.max(1e-3, (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0);
    }

    @Override
    public String toString() {
        return String.format("%s run %s: listed %d, new %d, parsed %d, failed %d, skipped %d in %.1f s "
                        + "(parse %.1f s, commit %.1f s)",
                kind, runId, listed, fresh, parsed, failed, skipped, seconds(), parseSeconds, commitSeconds);
    }
}
