package nianbao.jobs.ingest;

import nianbao.Parsed;
import nianbao.ReportParser;
import nianbao.model.Flags;
import nianbao.model.Json;
import nianbao.model.ReportBuilder;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.sketch.BloomFilter;

import java.sql.Timestamp;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs inside executor tasks: reads each candidate file through Hadoop's FileSystem (s3a://, file://, …), hashes it,
 * skips content the warehouse already has (by a Bloom filter of known sha256; the rare false positive is re-parsed by
 * the driver's second pass), and parses the rest with {@link ReportParser}. One file's failure never stops the task:
 * it becomes a row with {@code status = unreadable} or a report with {@code error} set. Only rows leave the task; the
 * driver sees counts through accumulators.
 */
final class DocumentTask implements MapPartitionsFunction<Row, Row> {
    static final String PARSED = "parsed";
    static final String KNOWN = "known";
    static final String UNREADABLE = "unreadable";

    /** Input rows: what the listing (plus manifest) knows about a file. */
    static final StructType CANDIDATE = (StructType) DataType.fromDDL(
            "path STRING, size BIGINT, modification_time TIMESTAMP, source_url STRING, fetched_at STRING");

    /** Output rows: one per candidate, staged for the MERGEs (not a table). */
    static final StructType STAGED = (StructType) DataType.fromDDL(String.join(", ",
            "path STRING", "size BIGINT", "modification_time TIMESTAMP", "status STRING", "sha256 STRING",
            "format STRING", "text STRING", "content BINARY", "error STRING", "source_url STRING",
            "fetched_at STRING", "report STRING", "parser_version STRING"));

    /** A document larger than this is not read (no annual report comes near it; a mistaken upload might). */
    static final long MAX_BYTES = 256L << 20;

    private final Broadcast<SerializableWritable<Configuration>> conf;
    private final BloomFilter known;
    private final long timeoutSeconds;
    private final Progress.Counters counters;

    DocumentTask(Broadcast<SerializableWritable<Configuration>> conf, BloomFilter known, long timeoutSeconds,
                 Progress.Counters counters) {
        this.conf = conf;
        this.known = known;
        this.timeoutSeconds = timeoutSeconds;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> candidates) {
        Parser parser = new Parser(timeoutSeconds);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = candidates.hasNext();
                if (!more) parser.close();
                return more;
            }

            @Override
            public Row next() {
                return process(candidates.next(), parser);
            }
        };
    }

    private Row process(Row c, Parser parser) {
        String path = c.getString(0);
        long size = c.getLong(1);
        Timestamp mtime = c.getTimestamp(2);
        String sourceUrl = c.getString(3);
        String fetchedAt = c.getString(4);
        byte[] bytes;
        try {
            if (size > MAX_BYTES) throw new IllegalStateException("file too large: " + size + " bytes > " + MAX_BYTES);
            bytes = read(path);
        } catch (Exception e) {
            counters.failed().add(1);
            return RowFactory.create(path, size, mtime, UNREADABLE, null, null, null, null,
                    "cannot read " + path + ": " + e, sourceUrl, fetchedAt, null, ReportParser.VERSION);
        }
        String sha = ReportParser.sha256(bytes);
        if (known != null && known.mightContain(sha)) {
            counters.skipped().add(1);
            return RowFactory.create(path, size, mtime, KNOWN, sha, null, null, null, null, sourceUrl, fetchedAt,
                    null, null);
        }
        return parsedRow(path, size, mtime, bytes, sourceUrl, fetchedAt, parser, counters);
    }

    /** Parses bytes already in hand (ingest and reparse share this). */
    static Row parsedRow(String path, long size, Timestamp mtime, byte[] bytes, String sourceUrl, String fetchedAt,
                         Parser parser, Progress.Counters counters) {
        Parsed p = parser.parse(path, bytes, sourceUrl);
        String error = p.report().error();
        (error == null ? counters.parsed() : counters.failed()).add(1);
        return RowFactory.create(path, size, mtime, PARSED, p.report().sha256(), p.report().format(), p.text(),
                bytes, error, sourceUrl, fetchedAt, Json.line(p.report()), p.report().parserVersion());
    }

    private byte[] read(String path) throws Exception {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf.value().value());
        try (FSDataInputStream in = fs.open(p)) {
            return in.readAllBytes();
        }
    }

    /**
     * {@link ReportParser#parse} with a time limit: a report that takes longer becomes an error report flagged
     * {@code timeout}, and the stuck thread is abandoned (daemon) so the task goes on with a fresh one.
     */
    static final class Parser implements AutoCloseable {
        private final long timeoutSeconds;
        private ExecutorService exec;

        Parser(long timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
        }

        Parsed parse(String path, byte[] bytes, String sourceUrl) {
            if (timeoutSeconds <= 0) return ReportParser.parse(path, bytes, sourceUrl);
            if (exec == null) {
                exec = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "nianbao-parse");
                    t.setDaemon(true);
                    return t;
                });
            }
            Future<Parsed> f = exec.submit(() -> ReportParser.parse(path, bytes, sourceUrl));
            try {
                return f.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                exec.shutdownNow();
                exec = null;
                return new Parsed(new ReportBuilder().path(path).file(ReportParser.baseName(path))
                        .sha256(ReportParser.sha256(bytes)).sourceUrl(sourceUrl).parserVersion(ReportParser.VERSION)
                        .error("timeout: parsing took longer than " + timeoutSeconds + " s").flag(Flags.TIMEOUT)
                        .flag(Flags.PARSE_ERROR).build(), null);
            } catch (Exception e) {
                // ReportParser never throws; this is an interrupted or broken executor thread.
                return ReportParser.parse(path, bytes, sourceUrl);
            }
        }

        @Override
        public void close() {
            if (exec != null) exec.shutdownNow();
            exec = null;
        }
    }
}
