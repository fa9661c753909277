package nianbao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.apache.hadoop.fs.EtagSource;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists the input through Hadoop's FileSystem on the driver (no file is opened): a local tree is walked directory by
 * directory, so one unreadable directory or a symlink loop costs a failure row instead of the run; any other file
 * system (s3a, HDFS) is listed with one recursive listing. Also sizes the parse tasks.
 */
public final class Listing {
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
            // the deepest cause says what to fix (connection refused, no such bucket, access denied)
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            throw new UncheckedIOException("cannot open input " + RunLog.redact(input) + ": " + RunLog.oneLine(root), e);
        }
    }

    /**
     * The listing's result: every file found (in the driver's hands already, so it is neither cached nor counted by a
     * job), how many and their bytes, and every entry that could not be listed (one failure each).
     */
    record Result(Dataset<Row> files, long count, long bytes, List<Row> problems) {
    }

    /**
     * path, size, modification_time, etag (an object store's version tag of the listed object, null on other file
     * systems: the read checks it instead of asking the store for the object's status again).
     */
    static final StructType FILES = (StructType) DataType.fromDDL(
            "path STRING, size BIGINT, modification_time TIMESTAMP, etag STRING");
    /** path, size, modification_time (null where unknown), reason. */
    static final StructType PROBLEMS = (StructType) DataType.fromDDL(
            "path STRING, size BIGINT, modification_time TIMESTAMP, reason STRING");

    /** Directory depth below the input beyond which the walk stops (a symlink loop the file system hides). */
    static final int MAX_DEPTH = 64;

    /**
     * path, size, modification_time of every file under the input (empty files too), walked through Hadoop's
     * FileSystem on the driver, except hidden entries ({@code _x}, {@code .x}) and those whose path matches
     * {@code exclude} (e.g. label JSON, READMEs, manifests next to the reports). A directory that cannot be listed, a
     * symlink loop, an entry that vanished are {@link Result#problems() problems}, and the walk goes on.
     */
    static Result list(SparkSession spark, String root, String exclude) {
        Path top = new Path(root);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Pattern skip = exclude == null || exclude.isEmpty() ? null : Pattern.compile(exclude);
        Found found;
        try {
            found = find(top.getFileSystem(conf), top, skip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input " + RunLog.redact(root) + ": "
                    + e.getClass().getSimpleName(), e);
        }
        List<Row> files = found.files().stream().map(Listing::file).toList();
        long bytes = found.files().stream().mapToLong(FileStatus::getLen).sum();
        return new Result(distributed(spark, files), files.size(), bytes, found.problems());
    }

    /** What the walk found: the files, by path, and the entries that could not be listed ({@link #PROBLEMS} rows). */
    public record Found(List<FileStatus> files, List<Row> problems) {
    }

    /**
     * The files below {@code top} (or {@code top} itself, a file), driver side, as ingest lists them; public so that
     * the ingest bench's plain baseline lists exactly as ingest does. {@code skip} may be null.
     */
    public static Found find(FileSystem fs, Path top, Pattern skip) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        List<Row> problems = new ArrayList<>();
        FileStatus rootStatus = fs.getFileStatus(top);
        if (rootStatus.isFile()) {
            files.add(rootStatus);
        } else if (!"file".equals(fs.getUri().getScheme())) {
            flat(fs, fs.makeQualified(top), skip, files);
        } else {
            new Walk(fs, skip, files, problems).dir(fs.makeQualified(top), 0, new HashSet<>());
        }
        return new Found(files, problems);
    }

    /** Listed files a task carries at most: a task ships its slice of the listing (about 100 bytes a file). */
    static final int FILES_PER_SLICE = 5_000;

    /**
     * The listing as a Dataset in slices of {@link #FILES_PER_SLICE}, not as one local relation: every task of a job
     * over a local relation carries all of it (100,000 files make a 10 MB task; Spark warns above 1 MB).
     */
    private static Dataset<Row> distributed(SparkSession spark, List<Row> files) {
        int slices = Math.max(1, (files.size() + FILES_PER_SLICE - 1) / FILES_PER_SLICE);
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(files, slices), FILES);
    }

    /**
     * An object store (s3a, …) has no directories to walk, links or loops: one flat recursive listing, paged by the
     * store (a thousand keys a request on S3), instead of one request per "directory". Hidden entries and what
     * {@code skip} matches are dropped as the walk would (a hidden folder hides everything below it).
     */
    private static void flat(FileSystem fs, Path top, Pattern skip, List<FileStatus> files) throws IOException {
        String prefix = top.toString().endsWith("/") ? top.toString() : top + "/";
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(top, true);
        List<FileStatus> found = new ArrayList<>();
        while (it.hasNext()) {
            LocatedFileStatus st = it.next();
            String p = st.getPath().toString();
            String relative = p.startsWith(prefix) ? p.substring(prefix.length()) : st.getPath().getName();
            if (hidden(relative) || skip != null && skip.matcher(p).find()) continue;
            found.add(st);
        }
        found.sort(null); // the walk's order: by path
        files.addAll(found);
    }

    /** Whether a path below the input has a component starting with {@code _} or {@code .}. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith("_") || part.startsWith(".")) return true;
        }
        return false;
    }

    private static Row file(FileStatus st) {
        return RowFactory.create(st.getPath().toString(), st.getLen(), new Timestamp(st.getModificationTime()),
                st instanceof EtagSource e ? e.getEtag() : null);
    }

    /** The recursive walk; local directories are also checked by their real path, so a symlink loop ends. */
    private record Walk(FileSystem fs, Pattern skip, List<FileStatus> files, List<Row> problems) {
        void dir(Path dir, int depth, Set<String> ancestors) {
            if (depth > MAX_DEPTH) {
                problem(dir, "not listed: more than " + MAX_DEPTH + " directory levels (a symlink loop?)");
                return;
            }
            String real = realPath(dir);
            if (real != null && !ancestors.add(real)) {
                problem(dir, "not listed: symlink loop (leads back to " + real + ")");
                return;
            }
            FileStatus[] children;
            try {
                children = fs.listStatus(dir);
            } catch (FileNotFoundException e) {
                problem(dir, "vanished: the directory was deleted while the input was listed");
                return;
            } catch (IOException | RuntimeException e) {
                problem(dir, "cannot list directory: " + e.getClass().getSimpleName());
                return;
            }
            java.util.Arrays.sort(children);
            for (FileStatus c : children) {
                String name = c.getPath().getName();
                if (name.startsWith("_") || name.startsWith(".")) continue;
                if (c.isDirectory()) {
                    dir(c.getPath(), depth + 1, ancestors);
                } else if (skip == null || !skip.matcher(c.getPath().toString()).find()) {
                    if (c.isFile()) {
                        files.add(c);
                    } else {
                        problem(c.getPath(), "not a regular file (a dangling link or a special file)");
                    }
                }
            }
            if (real != null) ancestors.remove(real);
        }

        private void problem(Path p, String reason) {
            problems.add(RowFactory.create(p.toString(), null, null, reason));
        }

        /** The real path of a local directory (symlinks resolved), or null for other file systems. */
        private String realPath(Path dir) {
            if (!"file".equals(dir.toUri().getScheme())) return null;
            try {
                return java.nio.file.Path.of(dir.toUri()).toRealPath().toString();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
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
