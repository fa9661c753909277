package nianbao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

/**
 * Lists the input with Spark's {@code binaryFile} source (recursive) without reading any content: only the columns
 * path, length and modificationTime are selected, so the reader never opens a file. Also sizes the parse tasks.
 */
final class Listing {
    private Listing() {
    }

    /**
     * The input as the fully qualified URI Spark writes into {@code path} (e.g. {@code file:/abs/dir},
     * {@code s3a://bucket/prefix}), so listed paths can be compared with it; fails naming the input if it is missing.
     */
    static String qualify(SparkSession spark, String input) {
        Path p = new Path(input);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) throw new IllegalArgumentException("input not found: " + RunLog.redact(input));
            String q = fs.makeQualified(p).toString();
            return q.endsWith("/") ? q.substring(0, q.length() - 1) : q;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open input " + RunLog.redact(input), e);
        }
    }

    /**
     * path, size, modification_time of every file under the input, except hidden ({@code _x}, {@code .x}, skipped by
     * Spark) and those whose path matches {@code exclude} (e.g. label JSON, READMEs, manifests next to the reports).
     */
    static Dataset<Row> list(SparkSession spark, String root, String exclude) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(root)
                .select(col("path"), col("length").as("size"), col("modificationTime").as("modification_time"));
        return exclude == null || exclude.isEmpty() ? files : files.filter(not(col("path").rlike(exclude)));
    }

    /**
     * How many parse tasks for {@code files} files of {@code bytes} bytes: enough that no task holds more than
     * {@code filesPerTask} files or {@code bytesPerTask} bytes, at least one per core while there are files, and a
     * multiple of the cores, so 10k small files are neither 10k tiny tasks nor one task, and no core idles.
     */
    static int tasks(long files, long bytes, long filesPerTask, long bytesPerTask, int cores) {
        if (files == 0) return 1;
        long byFiles = ceilDiv(files, Math.max(1, filesPerTask));
        long byBytes = ceilDiv(bytes, Math.max(1, bytesPerTask));
        long n = Math.max(Math.max(byFiles, byBytes), Math.min(files, cores));
        // A whole number of waves: 5 equal tasks on 2 cores leave one core idle for the last third of the stage.
        if (n > cores && cores > 0 && files >= n) n = Math.min(files, ceilDiv(n, cores) * cores);
        return (int) Math.min(n, 100_000);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
