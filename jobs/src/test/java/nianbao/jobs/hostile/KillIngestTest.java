package nianbao.jobs.hostile;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.testing.SparkTestBase;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code kill -9} of an ingest at a random point (a child JVM, killed a random time after it took the warehouse
 * lease: while listing, parsing, in a MERGE or the cells append, or between them), then the same ingest again: every
 * document is there once with its report and cells, exactly as after a clean run, and further runs write nothing.
 */
class KillIngestTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Path input;

    @BeforeAll
    static void input() throws IOException {
        input = tmp.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> s = Files.list(samples())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, input.resolve(p.getFileName()));
                // a second copy with other bytes, so there is more to parse and commit
                Files.writeString(input.resolve("copy-" + p.getFileName()), Files.readString(p) + "\n");
            }
        }
    }

    @Test
    void anIngestKilledAnywhereIsRepairedByTheNextRun() throws Exception {
        Warehouse clean = new Warehouse(tmp.resolve("wh-clean").toString());
        Ingest.run(spark, clean, options());

        Warehouse killed = new Warehouse(tmp.resolve("wh-killed").toString());
        long seed = System.nanoTime();
        String where = killChildIngest(killed, new Random(seed));
        System.out.println("kill -9 (seed " + seed + "): " + where);

        Ingest.run(spark, killed, options()); // waits for the dead run's lease to expire
        assertEquals(reports(clean), reports(killed), where);
        assertEquals(cells(clean), cells(killed), where);
        assertEquals(documents(clean), documents(killed), where);

        Map<String, Long> versions = versions(killed);
        for (int i = 0; i < 2; i++) Ingest.run(spark, killed, options());
        assertEquals(versions, versions(killed), "unchanged input must add no data version");
    }

    private static Ingest.Options options() {
        return Ingest.Options.from(Settings.resolve(null, Map.of(), Map.of(Settings.INPUT, input.toString(),
                Settings.LEASE_WAIT_SECONDS, "120")));
    }

    /** Starts the ingest in a child JVM and kills it (SIGKILL) a random 0–25 s after it took the lease. */
    private static String killChildIngest(Warehouse wh, Random random) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "-Dnianbao.home=" + Settings.home(), "nianbao.jobs.Main", "ingest", "--input", input.toString(),
                "--warehouse", wh.root(), "--master", "local[2]", "--set", Settings.LEASE_SECONDS + "=6"));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path lease = Path.of(wh.root(), "_lease");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.exists(lease) && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(100);
        long delayMs = random.nextInt(25_000);
        boolean finished = child.waitFor(delayMs, TimeUnit.MILLISECONDS);
        if (finished) return "the child finished before the kill (" + delayMs + " ms after the lease), exit " + child.exitValue();
        child.destroyForcibly().waitFor();
        String tables = String.join(",", new File(wh.root()).list() == null ? new String[0] : new File(wh.root()).list());
        return "killed " + delayMs + " ms after the lease; warehouse held: " + tables;
    }

    private static List<Row> reports(Warehouse wh) {
        return wh.read(spark, Warehouse.REPORTS).drop("path", "file", "run_id")
                .selectExpr("to_json(struct(*)) AS r").orderBy("r").collectAsList();
    }

    private static List<Row> cells(Warehouse wh) {
        return wh.read(spark, Warehouse.REPORT_CELLS).drop("run_id")
                .selectExpr("to_json(struct(*)) AS c").orderBy("c").collectAsList();
    }

    private static List<Row> documents(Warehouse wh) {
        return wh.read(spark, Warehouse.DOCUMENTS).selectExpr("sha256", "paths", "format", "error", "is_current")
                .orderBy("sha256").collectAsList();
    }

    private static Map<String, Long> versions(Warehouse wh) {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (String t : List.of(Warehouse.DOCUMENTS, Warehouse.REPORTS, Warehouse.REPORT_CELLS, Warehouse.FAILURES)) {
            m.put(t, io.delta.tables.DeltaTable.forPath(spark, wh.path(t)).history().count());
        }
        return m;
    }
}
