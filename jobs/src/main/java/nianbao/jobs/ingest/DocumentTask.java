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
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.sketch.BloomFilter;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.Iterator;

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
            "path STRING, size BIGINT, modification_time TIMESTAMP, source_url STRING, fetched_at STRING");

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

    @Override
    public Iterator<Row> call(Iterator<Row> candidates) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return candidates.hasNext();
            }

            @Override
            public Row next() {
                return process(candidates.next());
            }
        };
    }

    private Row process(Row c) {
        String path = c.getString(0);
        long size = c.getLong(1);
        Timestamp mtime = c.getTimestamp(2);
        String sourceUrl = c.getString(3);
        String fetchedAt = c.getString(4);
        byte[] bytes;
        try {
            if (size > limits.maxBytes()) {
                throw new Unreadable("too large: " + size + " bytes > limit " + limits.maxBytes() + " (not read)");
            }
            bytes = read(path, size);
        } catch (Exception e) {
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
     * listing is refused (its listed size, time and these bytes would not belong together).
     */
    private byte[] read(String path, long listedSize) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf.value().value());
        byte[] bytes;
        try (FSDataInputStream in = fs.open(p)) {
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
