package nianbao.tools.bench;

import nianbao.ReportParser;
import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.ListedObject;
import nianbao.jobs.ingest.Listing;
import nianbao.jobs.ingest.RunStats;
import nianbao.model.Json;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * `bench ingest`: N generated mixed-format reports in a local S3 server (s3proxy), ingested by Spark
 * {@code local[*]} into a Delta warehouse on the same store, against a plain JVM baseline over the same objects (same
 * store, same parser, a thread per core, results to a local JSON Lines file); with {@code --local}, the same on the
 * local disk. The corpus is cached by seed, count and mix under the bench folder, so a later run with the same folder
 * reuses it; generating it is not timed. The warehouse is deleted after the run.
 */
public final class IngestBench {
    private static final String BUCKET = "bench";
    private static final String DONE = "_COMPLETE";

    /**
     * What to run. {@code local}: corpus and warehouse on the local disk instead of the S3 server (the same measure
     * without object storage). {@code rerun}: ingest the same input a second time into the same warehouse and time
     * that skip path too. {@code warm}: ingest the same input again into a second, empty warehouse in the same JVM
     * and time that too: the same work once Spark's, Delta's and the store client's code is loaded and compiled.
     */
    public record Options(int count, long seed, List<String> formats, String noise, java.nio.file.Path dir,
                          int cores, boolean local, boolean rerun, boolean warm) {
    }

    /** The measured figures; {@code rerunSeconds} is 0 without a rerun, {@code warmSeconds} 0 without a warm run. */
    public record Result(int docs, double sparkSeconds, double parseSeconds, double commitSeconds,
                         double plainSeconds, double rerunSeconds, double warmSeconds) {
        public double sparkRate() {
            return docs / sparkSeconds;
        }

        public double plainRate() {
            return docs / plainSeconds;
        }

        /** Spark's time over the baseline's (lower is better; 1.0 means no overhead). */
        public double ratio() {
            return sparkSeconds / plainSeconds;
        }

        /** The warm run's time over the baseline's; 0 without a warm run. */
        public double warmRatio() {
            return warmSeconds / plainSeconds;
        }
    }

    private IngestBench() {
    }

    public static Result run(Options o, PrintStream out) throws Exception {
        if (o.local()) return run(o, null, out);
        try (S3Proxy s3 = S3Proxy.start(S3Proxy.jar(Settings.home()), o.dir().resolve("s3"))) {
            Files.createDirectories(o.dir().resolve("s3").resolve(BUCKET)); // a bucket is a folder for s3proxy
            return run(o, s3, out);
        }
    }

    /** The run on the S3 server, or on the local disk when {@code s3} is null. */
    private static Result run(Options o, S3Proxy s3, PrintStream out) throws Exception {
        Configuration conf = new Configuration();
        if (s3 != null) s3.hadoopSettings().forEach(conf::set);
        String name = "seed-" + o.seed() + "-n-" + o.count() + "-" + String.join("_", o.formats()) + "-" + o.noise();
        java.nio.file.Path localRoot = o.dir().resolve("local");
        // a plain local path, as `ingest --warehouse DIR` takes it (Delta refuses file:/// and file:/ for one table)
        String store = s3 != null ? "s3a://" + BUCKET : localRoot.toAbsolutePath().toString();
        String corpus = store + "/corpus/" + name;
        FileSystem fs = FileSystem.get(URI.create(corpus), conf);
        generate(o, fs, new Path(corpus), out);

        Map<String, String> settings = new HashMap<>(s3 != null ? s3.sparkSettings() : Map.of());
        settings.put(Settings.MASTER, "local[" + o.cores() + "]");
        Settings s = Settings.resolve(null, System.getenv(), settings);
        String excluded = s.get(Settings.INGEST_EXCLUDE);
        Pattern exclude = excluded.isEmpty() ? null : Pattern.compile(excluded);
        java.nio.file.Path jsonl = o.dir().resolve("plain-" + o.count() + ".jsonl");
        Plain warm = plain(fs, new Path(corpus), exclude, o.cores(), jsonl);
        out.printf(Locale.ROOT, "warm-up: a plain pass over the %d docs in %.1f s (not timed)%n", warm.docs(),
                warm.seconds());

        String warehouse = "warehouse-" + System.currentTimeMillis();
        // s3proxy keeps a bucket as a folder: the bench's warehouse is removed from the disk directly afterwards
        java.nio.file.Path warehouseDir = (s3 != null ? o.dir().resolve("s3").resolve(BUCKET) : localRoot)
                .resolve(warehouse);
        RunStats r;
        RunStats again = null;
        RunStats warmRun = null;
        SparkSession spark = Spark.session(s);
        try {
            Warehouse wh = new Warehouse(store + "/" + warehouse);
            Ingest.Options io = Ingest.Options.from(s).withInput(corpus).withManifest(null);
            r = Ingest.run(spark, wh, io);
            if (o.rerun()) again = Ingest.run(spark, wh, io);
            if (o.warm()) warmRun = Ingest.run(spark, new Warehouse(store + "/" + warehouse + "-warm"), io);
        } finally {
            spark.stop();
            deleteTree(warehouseDir);
            deleteTree(warehouseDir.resolveSibling(warehouse + "-warm"));
        }
        String where = s3 != null ? "warehouse on s3a" : "local disk";
        out.printf(Locale.ROOT, "spark: %d docs (%d parsed, %d failed) in %.1f s: list+read+parse %.1f s, "
                        + "Delta commit %.1f s (local[%d], %s)%n", r.listed(), r.parsed(), r.failed(),
                r.seconds(), r.parseSeconds(), r.commitSeconds(), o.cores(), where);
        out.println("spark steps: " + r.breakdown());
        if (again != null) {
            out.printf(Locale.ROOT, "rerun (skip path): %d listed, %d skipped, %d new in %.1f s: %s%n",
                    again.listed(), again.skipped(), again.fresh(), again.seconds(), again.breakdown());
        }
        if (warmRun != null) {
            out.printf(Locale.ROOT, "spark warm (the same ingest again, into an empty warehouse, same JVM): %d docs "
                    + "in %.1f s: %s%n", warmRun.listed(), warmRun.seconds(), warmRun.breakdown());
        }

        Plain plain = plain(fs, new Path(corpus), exclude, o.cores(), jsonl);
        out.printf(Locale.ROOT, "plain: %d docs (%d failed) in %.1f s (list %.1f s): %d threads, same store and "
                + "parser, results in %s%n", plain.docs(), plain.failed(), plain.seconds(), plain.listSeconds(),
                o.cores(), jsonl);
        return new Result((int) r.listed(), r.seconds(), r.parseSeconds(), r.commitSeconds(), plain.seconds(),
                again == null ? 0 : again.seconds(), warmRun == null ? 0 : warmRun.seconds());
    }

    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (java.util.stream.Stream<java.nio.file.Path> all = Files.walk(dir)) {
            for (java.nio.file.Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Writes the corpus unless a complete one for this seed, count and mix is there already. */
    private static void generate(Options o, FileSystem fs, Path corpus, PrintStream out) throws Exception {
        if (fs.exists(new Path(corpus, DONE))) {
            out.printf("corpus: %d docs cached at %s%n", o.count(), corpus);
            return;
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(o.cores());
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < o.cores(); t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    Generator g = new Generator(o.seed(), o.formats(), Noise.Mix.parse(o.noise()));
                    for (int i = first; i < o.count(); i += o.cores()) {
                        Generated d = g.generate(i);
                        try (FSDataOutputStream os = fs.create(new Path(corpus, d.name()), true)) {
                            os.write(d.bytes());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : parts) f.get();
        } finally {
            pool.shutdownNow();
        }
        fs.create(new Path(corpus, DONE), true).close();
        out.printf(Locale.ROOT, "corpus: generated %d docs (%s, noise %s) at %s in %.1f s (not timed)%n",
                o.count(), String.join(",", o.formats()), o.noise(), corpus, (System.nanoTime() - t0) / 1e9);
    }

    /** A pass of the plain baseline: documents, failures, seconds in all and for the listing. */
    private record Plain(int docs, int failed, double seconds, double listSeconds) {
    }

    /**
     * The baseline: list, read and parse with a thread per core, one JSON line per report to a local file. It runs
     * twice: once untimed before Spark, then timed after it. The untimed pass makes the two timed sides meet the same
     * JVM and store: Spark runs its tasks in this JVM in local mode, so the side that ran second got a parser the first
     * had compiled, and a store (s3proxy is a JVM too) the first had warmed. Measured at 10,000 documents, three plain
     * passes in a row took 43.0, 26.3 and 25.2 s; a warm-up of 200 parsed documents left most of that gap. It lists
     * and opens the files with ingest's own code ({@link Listing#find}, {@link ListedObject}), so both sides do the
     * same store requests, and the code they share is compiled before either is timed (with a listing of its own, the
     * s3a recursive listing took 7.4 s in Spark's run and 3.4 s once warm, at 10,000 objects).
     */
    private static Plain plain(FileSystem fs, Path corpus, Pattern exclude, int cores, java.nio.file.Path jsonl)
            throws Exception {
        long t0 = System.nanoTime();
        List<FileStatus> files = Listing.find(fs, corpus, exclude).files(); // as ingest lists
        double listed = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        int failed = 0;
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            List<Future<Boolean>> done = new ArrayList<>(files.size());
            for (FileStatus st : files) {
                Path p = st.getPath();
                done.add(pool.submit(() -> {
                    byte[] bytes;
                    // opened with the listed status, as ingest does: one GET, no HEAD before it
                    try (FSDataInputStream in = ListedObject.open(fs, st)) {
                        bytes = in.readAllBytes();
                    }
                    var report = ReportParser.parse(p.toString(), bytes).report();
                    String line = Json.line(report);
                    synchronized (w) {
                        w.write(line);
                        w.newLine();
                    }
                    return report.error() == null;
                }));
            }
            for (Future<Boolean> f : done) if (!f.get()) failed++;
        } finally {
            pool.shutdownNow();
        }
        return new Plain(files.size(), failed, (System.nanoTime() - t0) / 1e9, listed);
    }

    /** The last line, exactly as the issue specifies it. */
    public static String summary(Result r) {
        String line = String.format(Locale.ROOT, "ingest %d docs: spark %.1f docs/s, plain %.1f docs/s, ratio %.2f",
                r.docs(), r.sparkRate(), r.plainRate(), r.ratio());
        return r.warmSeconds() == 0 ? line
                : line + String.format(Locale.ROOT, " (warm JVM: spark %.1f docs/s, ratio %.2f)",
                        r.docs() / r.warmSeconds(), r.warmRatio());
    }
}
