package nianbao.jobs.hostile;

import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import nianbao.jobs.testing.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed reports mixed with the hostile corpus (issue 18), ingested under surefire's 2 GB heap: the run ends
 * normally, every seed report is stored exactly as by a run over the seeds alone, every hostile file has a failures
 * row with a one-line reason and no report, the counts add up, and a second run over the same input writes no data
 * version and no new failures row.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileIngestTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Path clean;
    static Path mixed;
    static Warehouse cleanWh;
    static Warehouse mixedWh;
    static List<HostileCorpus.Entry> corpus;
    static RunStats first;

    @BeforeAll
    static void ingestBoth() throws IOException {
        clean = tmp.resolve("clean");
        mixed = tmp.resolve("mixed");
        Files.createDirectories(clean);
        Files.createDirectories(mixed);
        try (Stream<Path> s = Files.list(samples())) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, clean.resolve(p.getFileName()));
                Files.copy(p, mixed.resolve(p.getFileName()));
            }
        }
        corpus = HostileCorpus.write(mixed.resolve("hostile"), samples().resolve("000_1a03130d040d2924.txt"));
        cleanWh = new Warehouse(tmp.resolve("wh-clean").toString());
        mixedWh = new Warehouse(tmp.resolve("wh-mixed").toString());
        Ingest.run(spark, cleanWh, Ingest.Options.of(clean.toString(), null));
        first = Ingest.run(spark, mixedWh, Ingest.Options.of(mixed.toString(), null));
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        Files.deleteIfExists(mixed.resolve("hostile/huge.txt"));
        Files.deleteIfExists(mixed.resolve("hostile/loop/again"));
    }

    @Test
    @Order(1)
    void everyFileIsListedAndTheCountsAddUp() {
        long files = corpus.size() + 5; // the symlink loop is one entry that cannot be listed
        assertEquals(files, first.listed(), first.toString());
        assertEquals(first.listed(), first.parsed() + first.failed() + first.skipped(), first.toString());
        assertTrue(first.failed() >= corpus.stream().filter(e -> e.expect() == HostileCorpus.Expect.FAIL).count(),
                first.toString());
    }

    @Test
    @Order(2)
    void theSeedReportsAreStoredExactlyAsWithoutTheHostileFiles() {
        List<Row> expected = seedReports(cleanWh);
        assertEquals(5, expected.size());
        Set<String> shas = expected.stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        List<Row> actual = seedReports(mixedWh).stream().filter(r -> shas.contains(r.getString(0))).toList();
        assertEquals(expected, actual);
        assertEquals(cells(cleanWh, shas), cells(mixedWh, shas));
    }

    @Test
    @Order(3)
    void everyHostileFileIsAFailureWithAOneLineReasonAndNoReport() {
        Map<String, String> reasons = new java.util.HashMap<>();
        for (Row r : mixedWh.read(spark, Warehouse.FAILURES).select("path", "reason").collectAsList()) {
            reasons.put(r.getString(0), r.getString(1));
        }
        Set<String> reported = mixedWh.read(spark, Warehouse.REPORTS).filter(col("error").isNull())
                .select("sha256").collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        Map<String, String> docShaByPath = new java.util.HashMap<>();
        for (Row r : mixedWh.read(spark, Warehouse.DOCUMENTS).selectExpr("explode(paths)", "sha256").collectAsList()) {
            docShaByPath.put(r.getString(0), r.getString(1));
        }
        boolean root = HostileCorpus.unreadableIsReadable(mixed.resolve("hostile"));
        List<String> wrong = new ArrayList<>();
        for (HostileCorpus.Entry e : corpus) {
            String path = "file:" + mixed.resolve("hostile").resolve(e.name());
            String reason = reasons.get(path);
            boolean mustFail = e.expect() == HostileCorpus.Expect.FAIL
                    || e.name().equals("unreadable.txt") && !root; // as root, chmod does not stop a read: say so
            if (mustFail && reason == null) wrong.add(e.name() + " (" + e.what() + "): no failures row");
            if (reason != null && (reason.isBlank() || reason.contains("\n") || reason.contains("\tat "))) {
                wrong.add(e.name() + ": reason is not one line: " + reason);
            }
            String sha = docShaByPath.get(path);
            if (mustFail && sha != null && reported.contains(sha)) wrong.add(e.name() + ": became a report");
            if (e.expect() == HostileCorpus.Expect.REPORT && (sha == null || !reported.contains(sha))) {
                wrong.add(e.name() + ": a report was expected");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @Order(4)
    void aSecondRunWritesNoDataVersionAndNoNewFailure() {
        Map<String, Long> before = versions(mixedWh);
        long failures = mixedWh.read(spark, Warehouse.FAILURES).count();
        RunStats again = Ingest.run(spark, mixedWh, Ingest.Options.of(mixed.toString(), null));
        assertEquals(first.listed(), again.listed(), again.toString());
        assertEquals(again.listed(), again.skipped(), again.toString());
        assertEquals(0, again.failed(), again.toString());
        assertEquals(failures, mixedWh.read(spark, Warehouse.FAILURES).count());
        assertEquals(before, versions(mixedWh));
    }

    @Test
    @Order(5)
    void aFailedRunLeavesARunsRowWithItsError() {
        Path missing = tmp.resolve("no-such-input");
        assertThrows(RuntimeException.class,
                () -> Ingest.run(spark, mixedWh, Ingest.Options.of(missing.toString(), null)));
        Row last = mixedWh.read(spark, Warehouse.RUNS).orderBy(col("started_at").desc()).first();
        assertEquals("failed", last.getAs("status"));
        String error = last.getAs("error");
        assertNotNull(error);
        assertTrue(error.contains("input not found"), error);
        assertFalse(error.contains("\n"), error);
        assertEquals(0, mixedWh.read(spark, Warehouse.RUNS).filter(col("status").isNull()).count());
    }

    /** Every column of the seed reports except where and by which run they were written. */
    private static List<Row> seedReports(Warehouse wh) {
        Dataset<Row> r = wh.read(spark, Warehouse.REPORTS);
        return r.drop("path", "file", "run_id").selectExpr("sha256", "to_json(struct(*)) AS row")
                .orderBy("sha256").collectAsList();
    }

    private static List<Row> cells(Warehouse wh, Set<String> shas) {
        return wh.read(spark, Warehouse.REPORT_CELLS).filter(col("sha256").isin(shas.toArray())).drop("run_id")
                .selectExpr("to_json(struct(*)) AS c").orderBy("c").collectAsList();
    }

    private static Map<String, Long> versions(Warehouse wh) {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (String t : List.of(Warehouse.DOCUMENTS, Warehouse.REPORTS, Warehouse.REPORT_CELLS, Warehouse.FAILURES)) {
            m.put(t, io.delta.tables.DeltaTable.forPath(spark, wh.path(t)).history().count());
        }
        return m;
    }

}
