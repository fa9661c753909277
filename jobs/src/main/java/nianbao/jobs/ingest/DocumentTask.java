package nianbao.jobs.ingest;

import nianbao.Parsed;
import nianbao.ReportParser;
import nianbao.extract.Limits;
import nianbao.model.Json;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.util.sketch.BloomFilter;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs inside executor tasks: reads each candidate file through Hadoop's FileSystem (s3a://, file://, …), hashes it,
 * skips content the warehouse already has (by a Bloom filter of known sha256; the rare false positive is re-parsed by
 * the driver's second pass), and parses the rest with {@link ReportParser} under the run's {@link Limits} (a file over
 * the byte limit is not read at all). One file's failure never stops the task:
 * it becomes a row with {@code status = unreadable} or a report with {@code error} set. Only rows leave the task; the
 * driver sees counts through accumulators.
 */
final class DocumentTask implements MapPartitionsFunction<Row, Row> {
    static final String PARSED = "parsed";
    static final String KNOWN = "known";
    static final String UNREADABLE = "unreadable";

    /** Input rows: what the listing (plus manifest) knows about a file. */
    static final StructType CANDIDATE = (StructType) DataType.fromDDL(
            "path STRING, size BIGINT, modification_time TIMESTAMP, source_url STRING, fetched_at STRING, etag STRING");

    /** Output rows: one per candidate, staged for the MERGEs (not a table). */
    static final StructType STAGED = (StructType) DataType.fromDDL(String.join(", ",
            "path STRING", "size BIGINT", "modification_time TIMESTAMP", "status STRING", "sha256 STRING",
            "format STRING", "text STRING", "content BINARY", "error STRING", "source_url STRING",
            "fetched_at STRING", "report STRING", "parser_version STRING"));

    private final Broadcast<SerializableWritable<Configuration>> conf;
    private final BloomFilter known;
    private final Limits limits;
    private final Progress.Counters counters;

    DocumentTask(Broadcast<SerializableWritable<Configuration>> conf, BloomFilter known, Limits limits,
                 Progress.Counters counters) {
        this.conf = conf;
        this.known = known;
        this.limits = limits;
        this.counters = counters;
    }

    /** Files read ahead of the one being parsed, per task: enough to hide an object store's latency. */
    static final int PREFETCH_FILES = 4;
    /** …and no more listed bytes than this ahead (but always the next file), so a task's memory stays bounded. */
    static final long PREFETCH_BYTES = 32L << 20;

    /**
     * Reads up to {@link #PREFETCH_FILES} files ahead on two reader threads while the task's thread hashes and
     * parses, so an object store's round trips overlap with parsing instead of adding to it. Rows come out in input
     * order; the readers stop when the task ends (also when it is killed).
     */
    @Override
    public Iterator<Row> call(Iterator<Row> candidates) {
        ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "nianbao-read");
            t.setDaemon(true);
            return t;
        });
        Configuration hadoop = conf.value().value(); // on the task's thread, before the readers need it
        TaskContext task = TaskContext.get();
        TaskCompletionListener stop = ctx -> readers.shutdownNow();
        if (task != null) task.addTaskCompletionListener(stop);
        return new Iterator<>() {
            private final Deque<Pending> ahead = new ArrayDeque<>();
            private long bytesAhead;
            private Row peeked;

            @Override
            public boolean hasNext() {
                fill();
                if (ahead.isEmpty()) readers.shutdown();
                return !ahead.isEmpty();
            }

            @Override
            public Row next() {
                fill();
                Pending p = ahead.removeFirst();
                bytesAhead -= p.bytes() == null ? 0 : p.size();
                fill();
                return process(p.candidate(), p.take());
            }

            private void fill() {
                while (ahead.size() < PREFETCH_FILES && (peeked != null || candidates.hasNext())) {
                    Row c = peeked != null ? peeked : candidates.next();
                    long size = c.getLong(1);
                    if (!ahead.isEmpty() && bytesAhead + size > PREFETCH_BYTES) {
                        peeked = c; // read once the files ahead of it are parsed
                        return;
                    }
                    peeked = null;
                    Future<byte[]> bytes = size > limits.maxBytes() ? null
                            : readers.submit(() -> read(hadoop, c.getString(0), size, c.getTimestamp(2),
                                    c.getString(5)));
                    ahead.addLast(new Pending(c, size, bytes));
                    bytesAhead += bytes == null ? 0 : size;
                }
            }
        };
    }

    /** A candidate and its bytes being read (null: too large to be read at all). */
    private record Pending(Row candidate, long size, Future<byte[]> bytes) {
        /** The bytes, or the reason they could not be read. */
        Object take() {
            if (bytes == null) return null;
            try {
                return bytes.get();
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }
    }

    /** One candidate, given what its read gave: the bytes, the read's exception, or null (too large, not read). */
    private Row process(Row c, Object read) {
        String path = c.getString(0);
        long size = c.getLong(1);
        Timestamp mtime = c.getTimestamp(2);
        String sourceUrl = c.getString(3);
        String fetchedAt = c.getString(4);
        if (!(read instanceof byte[] bytes)) {
            Exception e = read == null
                    ? new Unreadable("too large: " + size + " bytes > limit " + limits.maxBytes() + " (not read)")
                    : read instanceof Exception ex ? ex : new IOException(String.valueOf(read));
            counters.failed().add(1);
            return RowFactory.create(path, size, mtime, UNREADABLE, null, null, null, null, reason(e), sourceUrl,
                    fetchedAt, null, ReportParser.VERSION);
        }
        String sha = ReportParser.sha256(bytes);
        if (known != null && known.mightContain(sha)) {
            counters.skipped().add(1);
            return RowFactory.create(path, size, mtime, KNOWN, sha, null, null, null, null, sourceUrl, fetchedAt,
                    null, null);
        }
        return parsedRow(path, size, mtime, bytes, sha, sourceUrl, fetchedAt, limits, counters);
    }

    /** Parses bytes already in hand (ingest and reparse share this): one hand-off to the parser's worker thread. */
    static Row parsedRow(String path, long size, Timestamp mtime, byte[] bytes, String sha, String sourceUrl,
                         String fetchedAt, Limits limits, Progress.Counters counters) {
        Parsed p = ReportParser.parse(path, bytes, sourceUrl, limits, sha);
        String error = p.report().error();
        (error == null ? counters.parsed() : counters.failed()).add(1);
        return RowFactory.create(path, size, mtime, PARSED, p.report().sha256(), p.report().format(), p.text(),
                bytes, error, sourceUrl, fetchedAt, Json.line(p.report()), p.report().parserVersion());
    }

    /**
     * The file's bytes, never more than the listed size plus one byte: a file that grew, shrank or vanished since the
     * listing is refused (its listed size, time and these bytes would not belong together). An s3a object listed with
     * its etag is read by one GET that must match that etag ({@link ListedObject}), not a HEAD and a GET.
     */
    private static byte[] read(Configuration hadoop, String path, long listedSize, Timestamp mtime, String etag)
            throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(hadoop);
        byte[] bytes;
        try (FSDataInputStream in = etag != null && "s3a".equals(fs.getScheme())
                ? ListedObject.open(fs, p, listedSize, mtime.getTime(), etag) : fs.open(p)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, listedSize + 1));
        } catch (FileNotFoundException e) {
            throw new Unreadable("vanished: the file was deleted after it was listed");
        }
        if (bytes.length != listedSize) {
            throw new Unreadable("changed while read: listed with " + listedSize + " bytes, "
                    + (bytes.length > listedSize ? "now longer" : "now " + bytes.length + " bytes"));
        }
        return bytes;
    }

    /** One line, without the path (the failures row has it) and without a stack trace. */
    static String reason(Exception e) {
        if (e instanceof Unreadable) return e.getMessage();
        String m = e.getMessage() == null ? "" : e.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        return "cannot read: " + e.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + RunLog.redact(m));
    }

    /** A file that cannot be read as listed; the message is the failures row's reason. */
    static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }
}
