package nianbao.jobs.nightly;

import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.Lease;
import nianbao.jobs.testing.SparkTestBase;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly job over the seed reports, night after night on one warehouse: the first run fills every table, a
 * second on unchanged input adds only its runs row, a changed report moves the figures, two overlapping runs leave
 * one writer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Path input;
    static Warehouse wh;
    static Map<String, Long> versionsAfterFirst;
    static Map<String, List<String>> goldAfterFirst;

    @BeforeAll
    static void copySamples() throws IOException {
        input = Files.createDirectories(tmp.resolve("input"));
        try (Stream<Path> s = Files.list(samples())) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) Files.copy(p, input.resolve(p.getFileName()));
        }
        wh = new Warehouse(tmp.resolve("warehouse").toString());
    }

    static Nightly.Result nightly() {
        return Nightly.run(spark, wh, new Nightly.Options(Ingest.Options.of(input.toString(), null), 16));
    }

    @Test
    @Order(1)
    void theFirstRunIngestsAggregatesAndRecordsEveryStep() {
        Nightly.Result r = nightly();
        assertTrue(r.ok(), r.summary());
        assertEquals(5, r.ingest().fresh(), r.summary());
        assertTrue(r.goldWritten());
        assertFalse(r.moved().isEmpty(), "a first run moves every figure from nothing");
        for (String t : Warehouse.GOLD_TABLES) assertTrue(wh.exists(spark, t), t);
        Row run = wh.read(spark, Warehouse.RUNS).first();
        assertEquals("nightly", run.getAs("kind"));
        assertEquals("ok", run.getAs("status"));
        List<Row> steps = run.getList(run.fieldIndex("steps"));
        assertEquals(List.of("ingest", "aggregate", "maintain"), steps.stream().map(s -> s.<String>getAs("name")).toList());
        steps.forEach(s -> assertEquals("ok", s.getAs("outcome")));
        steps.forEach(s -> assertTrue(s.<Double>getAs("seconds") >= 0));
        assertEquals(1, wh.read(spark, Warehouse.RUNS).count(), "one row for the whole nightly run");
        versionsAfterFirst = versions();
        goldAfterFirst = gold();
    }

    @Test
    @Order(2)
    void aSecondRunOnUnchangedInputAddsOnlyItsRunsRow() {
        Nightly.Result r = nightly();
        assertTrue(r.ok(), r.summary());
        assertEquals(0, r.ingest().fresh());
        assertFalse(r.goldWritten(), r.summary());
        assertEquals(List.of(), r.moved());
        Map<String, Long> expected = new TreeMap<>(versionsAfterFirst);
        expected.put(Warehouse.RUNS, expected.get(Warehouse.RUNS) + 1);
        assertEquals(expected, versions(), "no table but runs has a new version");
        assertEquals(goldAfterFirst, gold());
        assertEquals(2, wh.read(spark, Warehouse.RUNS).where("kind = 'nightly' AND status = 'ok'").count());
        assertTrue(r.summary().contains("reports unchanged, gold tables kept"), r.summary());
    }

    @Test
    @Order(3)
    void aReplacedReportIsCountedAsChangedAndMovesTheFigures() throws IOException {
        Path victim;
        try (Stream<Path> s = Files.list(input)) {
            victim = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        // the same report, replaced by its publisher with another year: a changed path, new content
        String text = Files.readString(victim);
        Files.writeString(victim, text.replaceAll("20[12][0-9]", "2031"));
        Nightly.Result r = nightly();
        assertTrue(r.ok(), r.summary());
        assertEquals(1, r.ingest().fresh(), r.summary());
        assertEquals(1, r.ingest().changed(), r.summary());
        assertTrue(r.goldWritten(), r.summary());
        assertFalse(r.moved().isEmpty(), r.summary());
    }

    @Test
    @Order(4)
    void twoOverlappingRunsLeaveOneWriter() throws Exception {
        Files.writeString(input.resolve("new-report.txt"), Files.readString(lastText()).replaceAll("20[12][0-9]", "2029"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                try {
                    return nightly();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Nightly.Result> done = new ArrayList<>();
        List<Object> refused = new ArrayList<>();
        for (Future<Object> f : runs) {
            Object o = f.get();
            if (o instanceof Nightly.Result n) done.add(n);
            else refused.add(o);
        }
        pool.shutdown();
        assertEquals(1, done.size(), "exactly one run wrote: " + refused);
        assertEquals(1, refused.size());
        Lease.HeldException held = assertInstanceOf(Lease.HeldException.class, refused.get(0));
        assertTrue(held.getMessage().contains(done.get(0).runId()), held.getMessage());
        assertTrue(done.get(0).ok(), done.get(0).summary());
        assertEquals(1, done.get(0).ingest().fresh(), "the new report, once");
        assertEquals(1, done.get(0).ingest().parsed() + done.get(0).ingest().failed());
        Row failed = wh.read(spark, Warehouse.RUNS).where("status = 'failed'").first();
        assertEquals("nightly", failed.getAs("kind"));
        assertEquals("lease", failed.getList(failed.fieldIndex("steps")).stream()
                .map(s -> ((Row) s).<String>getAs("name")).findFirst().orElseThrow());
        assertEquals(1, wh.read(spark, Warehouse.RUNS).where("status = 'ok' AND new = 1 AND run_id = '"
                + done.get(0).runId() + "'").count());
    }

    @Test
    @Order(5)
    void maintenanceCompactsSmallFilesKeepsWhatTheRetentionKeepsAndThenHasNothingToDo() throws IOException {
        // every run appended one small file to `runs`
        long filesBefore = numFiles(Warehouse.RUNS);
        assertTrue(filesBefore >= 4, "runs has " + filesBefore + " files");
        long onDisk = parquetFiles(Warehouse.RUNS);
        Maintain.TableResult r = Maintain.table(spark, wh, Warehouse.RUNS, 2);
        assertTrue(r.optimized(), r.toString());
        assertEquals(1, numFiles(Warehouse.RUNS));
        assertEquals(0, r.vacuumed(), "the replaced files are younger than the table's 30-day retention");
        assertEquals(onDisk + 1, parquetFiles(Warehouse.RUNS), "nothing deleted, one compacted file added");
        assertTrue(r.checkpointed(), r.toString());
        long version = wh.table(spark, Warehouse.RUNS).history(1).first().getAs("version");
        Maintain.TableResult again = Maintain.table(spark, wh, Warehouse.RUNS, 2);
        assertEquals("runs: nothing to do", again.toString());
        assertEquals(version, (long) wh.table(spark, Warehouse.RUNS).history(1).first().getAs("version"));
    }

    @Test
    @Order(6)
    void compactedGoldTablesAreNotRewrittenByTheNextRun() {
        for (String t : Warehouse.GOLD_TABLES) Maintain.table(spark, wh, t, 2);
        // a commit that changes no row, whatever OPTIMIZE found to compact
        spark.sql("ALTER TABLE delta.`" + wh.path(Warehouse.STATS_BY_LEVEL)
                + "` SET TBLPROPERTIES ('nianbao.test.note' = 'maintained')");
        Map<String, List<String>> goldBefore = gold();
        Nightly.Result r = nightly();
        assertTrue(r.ok(), r.summary());
        assertFalse(r.goldWritten(), r.summary());
        assertEquals(goldBefore, gold());
    }

    private static long numFiles(String table) {
        return wh.table(spark, table).detail().first().getAs("numFiles");
    }

    private static long parquetFiles(String table) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(wh.path(table)))) {
            return s.filter(p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log")).count();
        }
    }

    private static Path lastText() throws IOException {
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("new-report.txt"))
                    .max(java.util.Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** Every table's latest version. */
    private static Map<String, Long> versions() {
        Map<String, Long> v = new TreeMap<>();
        for (String t : Maintain.tables(spark, wh)) v.put(t, wh.table(spark, t).history(1).first().getAs("version"));
        return v;
    }

    /** Every gold table's rows, as sorted strings. */
    private static Map<String, List<String>> gold() {
        Map<String, List<String>> g = new TreeMap<>();
        for (String t : Warehouse.GOLD_TABLES) {
            g.put(t, wh.read(spark, t).collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return g;
    }
}
