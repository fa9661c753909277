package nianbao.tools.cluster;

import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.nightly.Maintain;
import nianbao.jobs.nightly.Nightly;
import nianbao.jobs.testing.SparkTestBase;
import nianbao.jobs.testing.StandaloneCluster;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import nianbao.tools.generate.render.Renderers;
import nianbao.tools.testing.S3Server;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly job as a data team runs it: the cluster jar spark-submitted to a real standalone cluster (Master,
 * Worker and executors in their own JVMs), reading a few hundred generated reports of every format from a real S3
 * server and writing its warehouse there (s3a:// in and out, the credentials passed as {@code --conf}, the way a
 * cluster passes them). Every gold table must equal the same nightly run in {@code local[2]}, and a second nightly on
 * the unchanged input must add nothing but its runs row (a first run on a cluster wrote one file per shuffle
 * partition and a second rewrote the gold tables after maintenance had compacted them: both are pinned here). The executors find the gazetteer and the forms in the jar.
 * Runs after packaging (failsafe), since it needs jobs' cluster jar.
 */
class ClusterNightlyS3IT extends SparkTestBase {
    private static final int REPORTS = 200;
    private static final String INPUT = "s3a://raw/reports";

    @RegisterExtension
    static final S3Server s3 = new S3Server();
    @TempDir
    static Path tmp;
    private static StandaloneCluster cluster;

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void nightlyOnTheClusterFromS3EqualsLocalAndASecondNightlyAddsNothing() throws Exception {
        s3.createBucket("raw");
        s3.createBucket("lake");
        Generator g = new Generator(2026, Renderers.formats(), Noise.Mix.parse("real"));
        TreeSet<String> formats = new TreeSet<>();
        for (int i = 0; i < REPORTS; i++) {
            Generated d = g.generate(i);
            s3.put("raw", "reports/" + d.name(), d.bytes());
            formats.add(d.format());
        }
        assertEquals(new TreeSet<>(Renderers.formats()), formats, "every format in the input");
        cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2, "2g");

        Path first = tmp.resolve("nightly-1.log");
        assertEquals(0, nightly(first, cluster.masterUrl(), "s3a://lake/cluster"),
                "nightly on the cluster failed:\n" + StandaloneCluster.tail(first));
        assertTrue(cluster.executorsRan(), "no executor ran under the Worker");
        // a night's batch lands as a few files, not one per shuffle partition of the cluster (200 by default)
        assertFalse(Files.readString(first, StandardCharsets.UTF_8).contains("reports: optimized"),
                "the first nightly wrote so many small files into reports that it had to compact them:\n"
                        + StandaloneCluster.tail(first));
        // the same nightly in this JVM's local[2] session, on the same input
        Warehouse inLocal = new Warehouse("s3a://lake/local");
        Nightly.Result local = Nightly.run(spark, inLocal, new Nightly.Options(Ingest.Options.of(INPUT, null), 16));
        assertTrue(local.ok(), local.summary());

        Warehouse onCluster = new Warehouse("s3a://lake/cluster");
        long reports = onCluster.read(spark, Warehouse.REPORTS).count();
        assertTrue(reports >= REPORTS - 10, "reports on the cluster: " + reports);
        assertEquals(reports, inLocal.read(spark, Warehouse.REPORTS).count());
        for (String t : Warehouse.GOLD_TABLES) {
            List<String> rows = rows(onCluster, t);
            assertFalse(rows.isEmpty(), t + " is empty");
            assertEquals(rows(inLocal, t), rows, t + ": the cluster's rows differ from local[2]'s");
        }

        Map<String, Long> before = versions(onCluster);
        Path second = tmp.resolve("nightly-2.log");
        assertEquals(0, nightly(second, cluster.masterUrl(), "s3a://lake/cluster"),
                "the second nightly failed:\n" + StandaloneCluster.tail(second));
        Map<String, Long> expected = new TreeMap<>(before);
        expected.put(Warehouse.RUNS, expected.get(Warehouse.RUNS) + 1);
        assertEquals(expected, versions(onCluster), "a second nightly wrote more than its runs row");
        List<Row> runs = onCluster.read(spark, Warehouse.RUNS).where("kind = 'nightly'").orderBy("started_at")
                .collectAsList();
        assertEquals(List.of("ok", "ok"), runs.stream().map(r -> r.<String>getAs("status")).toList());
        assertEquals(0L, ((Number) runs.get(1).getAs("new")).longValue(), "the second run read nothing new");
        String log = Files.readString(second, StandardCharsets.UTF_8);
        assertTrue(log.contains("gold tables kept"), StandaloneCluster.tail(second));
        for (Row r : runs) assertFalse(r.toString().contains(S3Server.SECRET_KEY), "credentials in runs: " + r);
    }

    /** spark-submit of the cluster jar's nightly command; s3a settings as {@code --conf}, nothing in a file. */
    private static int nightly(Path log, String master, String warehouse) throws Exception {
        List<String> args = new ArrayList<>(List.of("--master", master,
                "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2"));
        s3.sparkSettings().forEach((k, v) -> args.addAll(List.of("--conf", k + "=" + v)));
        args.addAll(List.of("--class", "nianbao.jobs.Main", StandaloneCluster.clusterJar(),
                "nightly", "--input", INPUT, "--warehouse", warehouse));
        return cluster.submit(log, 10, args);
    }

    /** A table's rows as sorted strings. */
    private static List<String> rows(Warehouse wh, String table) {
        return wh.read(spark, table).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** Every table's latest version. */
    private static Map<String, Long> versions(Warehouse wh) {
        Map<String, Long> v = new TreeMap<>();
        for (String t : Maintain.tables(spark, wh)) v.put(t, wh.table(spark, t).history(1).first().getAs("version"));
        return v;
    }
}
