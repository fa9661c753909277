package nianbao.tools.bench;

import nianbao.ReportParser;
import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import nianbao.model.Json;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
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
 * store, same parser, a thread per core, results to a local JSON Lines file). The corpus is cached by seed and count
 * under the bench folder; generating it is not timed.
 */
public final class IngestBench {
    private static final String BUCKET = "bench";
    private static final String DONE = "_COMPLETE";

    /** What to run. */
    public record Options(int count, long seed, List<String> formats, String noise, java.nio.file.Path dir,
                          int cores) {
    }

    /** The measured figures. */
    public record Result(int docs, double sparkSeconds, double parseSeconds, double commitSeconds,
                         double plainSeconds) {
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
    }

    private IngestBench() {
    }

    public static Result run(Options o, PrintStream out) throws Exception {
        try (S3Proxy s3 = S3Proxy.start(S3Proxy.jar(Settings.home()), o.dir().resolve("s3"))) {
            Files.createDirectories(o.dir().resolve("s3").resolve(BUCKET)); // a bucket is a folder for s3proxy
            Configuration conf = new Configuration();
            s3.hadoopSettings().forEach(conf::set);
            String corpus = "s3a://" + BUCKET + "/corpus/seed-" + o.seed() + "-n-" + o.count() + "-"
                    + String.join("_", o.formats()) + "-" + o.noise();
            FileSystem fs = FileSystem.get(URI.create(corpus), conf);
            generate(o, fs, new Path(corpus), out);

            warmUp(fs, new Path(corpus), Math.min(200, o.count()), out);

            Map<String, String> settings = new HashMap<>(s3.sparkSettings());
            settings.put(Settings.MASTER, "local[" + o.cores() + "]");
            Settings s = Settings.resolve(null, System.getenv(), settings);
            RunStats r;
            SparkSession spark = Spark.session(s);
            try {
                Warehouse wh = new Warehouse("s3a://" + BUCKET + "/warehouse-" + System.currentTimeMillis());
                r = Ingest.run(spark, wh, Ingest.Options.from(s).withInput(corpus).withManifest(null));
            } finally {
                spark.stop();
            }
            out.printf(Locale.ROOT, "spark: %d docs (%d parsed, %d failed) in %.1f s: list+read+parse %.1f s, "
                            + "Delta commit %.1f s (local[%d], warehouse on s3a)%n", r.listed(), r.parsed(), r.failed(),
                    r.seconds(), r.parseSeconds(), r.commitSeconds(), o.cores());

            java.nio.file.Path jsonl = o.dir().resolve("plain-" + o.count() + ".jsonl");
            double plain = plain(fs, new Path(corpus), Pattern.compile(s.get(Settings.INGEST_EXCLUDE)), o.cores(),
                    jsonl, out);
            return new Result((int) r.listed(), r.seconds(), r.parseSeconds(), r.commitSeconds(), plain);
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

    /**
     * Parses the first documents once, untimed, so neither side pays for class loading and JIT (Spark runs its tasks
     * in this JVM in local mode, so whichever ran second would otherwise get a warm parser).
     */
    private static void warmUp(FileSystem fs, Path corpus, int n, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(corpus, true);
        int done = 0;
        while (it.hasNext() && done < n) {
            Path p = it.next().getPath();
            if (p.getName().startsWith("_")) continue;
            try (FSDataInputStream in = fs.open(p)) {
                ReportParser.parse(p.toString(), in.readAllBytes());
            }
            done++;
        }
        out.printf(Locale.ROOT, "warm-up: parsed %d docs in %.1f s (not timed)%n", done, (System.nanoTime() - t0) / 1e9);
    }

    /** The baseline: list, read and parse with a thread per core, one JSON line per report to a local file. */
    private static double plain(FileSystem fs, Path corpus, Pattern exclude, int cores, java.nio.file.Path jsonl,
                                PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(corpus, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".") || exclude.matcher(p.toString()).matches()) continue;
            files.add(p);
        }
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        int failed = 0;
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            List<Future<Boolean>> done = new ArrayList<>(files.size());
            for (Path p : files) {
                done.add(pool.submit(() -> {
                    byte[] bytes;
                    try (FSDataInputStream in = fs.open(p)) {
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
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "plain: %d docs (%d failed) in %.1f s: %d threads, same store and parser, results in %s%n",
                files.size(), failed, s, cores, jsonl);
        return s;
    }

    /** The last line, exactly as the issue specifies it. */
    public static String summary(Result r) {
        return String.format(Locale.ROOT, "ingest %d docs: spark %.1f docs/s, plain %.1f docs/s, ratio %.2f",
                r.docs(), r.sparkRate(), r.plainRate(), r.ratio());
    }
}
