package nianbao.jobs.ingest;

import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import nianbao.jobs.testing.SparkTestBase;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of one warehouse over successive runs on the seed reports: each step changes the input the way real
 * uploads do and checks what the tables say afterwards. Ordered, because each run builds on the last (and one
 * SparkSession, one warehouse keep the Spark time modest).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalIngestTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Path input;
    static Warehouse wh;

    @BeforeAll
    static void copySamples() throws IOException {
        input = tmp.resolve("input");
        Files.createDirectories(input.resolve("2020"));
        try (Stream<Path> s = Files.list(samples())) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) Files.copy(p, input.resolve("2020").resolve(p.getFileName()));
        }
        wh = new Warehouse(tmp.resolve("warehouse").toString());
    }

    static RunStats ingest() {
        return Ingest.run(spark, wh, Ingest.Options.of(input.toString(), null));
    }

    static long rows(String table) {
        return wh.read(spark, table).count();
    }

    static long version(String table) {
        return wh.table(spark, table).history(1).first().getAs("version");
    }

    static void view(String table) {
        wh.read(spark, table).createOrReplaceTempView(table);
    }

    @Test
    @Order(1)
    void firstRunParsesEverySample() {
        RunStats r = ingest();
        assertEquals(5, r.listed());
        assertEquals(5, r.fresh());
        assertEquals(5, r.parsed() + r.failed());
        assertEquals(5, rows(Warehouse.DOCUMENTS));
        assertEquals(5, rows(Warehouse.REPORTS));
        view(Warehouse.REPORTS);
        assertEquals(5, count("SELECT count(*) FROM reports WHERE is_current AND run_id = '" + r.runId() + "'"));
        view(Warehouse.DOCUMENTS);
        assertEquals(5, count("SELECT count(*) FROM documents WHERE size(paths) = 1 AND length(content) = size"));
        // the bytes and text are staged apart from the rows the other commits read, and still reach `documents` whole
        assertEquals(5, count("SELECT count(*) FROM documents WHERE sha2(content, 256) = sha256 AND length(text) > 1000"));
        // report_cells is the long form of `full`: 002's 行政许可 decisions cell, and 7 cells per section-三 row.
        view(Warehouse.REPORT_CELLS);
        List<Row> licensing = sql("SELECT c.value, c.semantic FROM report_cells c JOIN reports r USING (sha256) "
                + "WHERE r.file = '002_fb3e4d97a50cfdcc.txt' AND c.section = 'section2' "
                + "AND c.row_key = 'licensing' AND c.column_key = 'decisions'");
        assertEquals(1, licensing.size());
        assertEquals(0, new java.math.BigDecimal("38").compareTo(licensing.get(0).getDecimal(0)));
        assertEquals("NUMERIC", licensing.get(0).getString(1));
        assertEquals(0, count("SELECT count(*) FROM (SELECT sha256, row_key, count(*) n FROM report_cells "
                + "WHERE section = 'section3' GROUP BY 1, 2) WHERE n <> 7"));
    }

    @Test
    @Order(2)
    void runsTwoToTenOnUnchangedInputAddNothing() {
        long docs = version(Warehouse.DOCUMENTS);
        long reports = version(Warehouse.REPORTS);
        long cellsVersion = version(Warehouse.REPORT_CELLS);
        long failures = version(Warehouse.FAILURES);
        long cells = rows(Warehouse.REPORT_CELLS);
        // a nightly schedule over an input that rarely changes: every run skips, and only its runs row is written
        for (int run = 2; run <= 10; run++) {
            RunStats r = ingest();
            assertEquals(5, r.listed());
            assertEquals(0, r.fresh());
            assertEquals(5, r.skipped());
            assertEquals(docs, version(Warehouse.DOCUMENTS), "run " + run + ": documents must not get a new version");
            assertEquals(reports, version(Warehouse.REPORTS), "run " + run + ": reports must not get a new version");
            assertEquals(cellsVersion, version(Warehouse.REPORT_CELLS), "run " + run + ": report_cells unchanged");
            assertEquals(failures, version(Warehouse.FAILURES), "run " + run + ": failures unchanged");
            assertEquals(5, rows(Warehouse.REPORTS));
            assertEquals(cells, rows(Warehouse.REPORT_CELLS));
            assertEquals(run, rows(Warehouse.RUNS));
        }
    }

    @Test
    @Order(3)
    void sameBytesUnderNewPathAndTimeAddNoReport() throws IOException {
        // The same report mirrored by a second site: new path, new mtime, identical bytes.
        Path copy = input.resolve("mirror/copy-of-000.txt");
        Files.createDirectories(copy.getParent());
        Files.copy(input.resolve("2020/000_1a03130d040d2924.txt"), copy);
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().plusSeconds(3600)));
        RunStats r = ingest();
        assertEquals(6, r.listed());
        assertEquals(1, r.fresh());
        assertEquals(0, r.parsed(), "known content is not parsed again");
        assertEquals(5, rows(Warehouse.REPORTS));
        assertEquals(5, rows(Warehouse.DOCUMENTS));
        view(Warehouse.DOCUMENTS);
        assertEquals(1, count("SELECT count(*) FROM documents WHERE size(paths) = 2 "
                + "AND size(filter(locations, l -> l.state = 'current')) = 2"));
    }

    @Test
    @Order(4)
    void statisticsOfTheIngestedSeeds() {
        // Issue 3's expected figures, from the parser's own output this time (AggregateSeedsTest uses the labels).
        var byLevel = Aggregate.run(spark, wh).get(Warehouse.STATS_BY_LEVEL);
        Row y2020 = byLevel.where("year = 2020 AND level = 'township'").first();
        assertEquals(4L, y2020.<Long>getAs("reports"));
        assertEquals(4L, y2020.<Long>getAs("apps_known_reports"));
        assertEquals(3L, y2020.<Long>getAs("zero_request_reports"));
        assertEquals(0.75, y2020.<Double>getAs("zero_request_rate"), 1e-12);
        assertEquals(288L, y2020.<Long>getAs("procurement_projects"));
        assertEquals(0, new java.math.BigDecimal("68709").compareTo(y2020.getAs("procurement_amount_yuan")));
        assertEquals(3L, y2020.<Long>getAs("procurement_amount_reports"));
        assertEquals(1L, y2020.<Long>getAs("procurement_unit_unknown_reports"));
        Row y2019 = byLevel.where("year = 2019 AND level = 'township'").first();
        assertEquals(1L, y2019.<Long>getAs("reports"));
        assertEquals(1L, y2019.<Long>getAs("zero_request_reports"));
        assertEquals(0L, y2019.<Long>getAs("procurement_projects"));
        assertEquals(2L, byLevel.count(), "only township rows for 2019 and 2020");
    }

    @Test
    @Order(5)
    void corruptFileBecomesFailureAndTheRunGoesOn() throws IOException {
        // A PDF that is not one: an interrupted download keeps the magic bytes and little else.
        Files.write(input.resolve("2020/broken.pdf"), "%PDF-1.7\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1));
        // ...and a good report arriving in the same run.
        Files.writeString(input.resolve("2020/new.txt"),
                Files.readString(input.resolve("2020/001_617dfa8ade4c1a0e.txt")) + "\n附：新增说明。\n");
        RunStats r = ingest();
        assertEquals(2, r.fresh());
        assertEquals(1, r.failed());
        assertEquals(1, r.parsed());
        view(Warehouse.FAILURES);
        List<Row> f = sql("SELECT path, stage, reason, run_id FROM failures");
        assertEquals(1, f.size());
        assertTrue(f.get(0).getString(0).endsWith("broken.pdf"));
        assertEquals("parse", f.get(0).getString(1));
        assertNotNull(f.get(0).getString(2));
        assertEquals(r.runId(), f.get(0).getString(3));
        view(Warehouse.REPORTS);
        assertEquals(1, count("SELECT count(*) FROM reports WHERE error IS NOT NULL AND file = 'broken.pdf'"));
        assertEquals(7, rows(Warehouse.REPORTS));
    }

    @Test
    @Order(6)
    void correctedReportAtTheSamePathReplacesTheOld() throws IOException {
        // The agency fixes a number and re-uploads under the same name.
        Path p = input.resolve("2020/002_fb3e4d97a50cfdcc.txt");
        String oldSha = nianbao.ReportParser.sha256(Files.readAllBytes(p));
        Files.writeString(p, Files.readString(p).replace("2020", "2020 ") + "\n（更正版）\n");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(7200)));
        String newSha = nianbao.ReportParser.sha256(Files.readAllBytes(p));
        RunStats r = ingest();
        assertEquals(1, r.parsed());
        view(Warehouse.REPORTS);
        assertEquals(List.of(false), sql("SELECT is_current FROM reports WHERE sha256 = '" + oldSha + "'")
                .stream().map(x -> x.getBoolean(0)).toList());
        assertEquals(List.of(true), sql("SELECT is_current FROM reports WHERE sha256 = '" + newSha + "'")
                .stream().map(x -> x.getBoolean(0)).toList());
        view(Warehouse.DOCUMENTS);
        assertEquals("replaced", sql("SELECT locations[0].state FROM documents WHERE sha256 = '" + oldSha + "'")
                .get(0).getString(0));
        assertEquals(8, rows(Warehouse.REPORTS));
    }

    @Test
    @Order(7)
    void pathGoneFromTheInputIsMarkedNotDropped() throws IOException {
        Path p = input.resolve("2020/004_d0913d7d57e43191.txt");
        String sha = nianbao.ReportParser.sha256(Files.readAllBytes(p));
        Files.delete(p);
        ingest();
        view(Warehouse.DOCUMENTS);
        assertEquals("missing", sql("SELECT locations[0].state FROM documents WHERE sha256 = '" + sha + "'")
                .get(0).getString(0));
        view(Warehouse.REPORTS);
        assertEquals(1, count("SELECT count(*) FROM reports WHERE sha256 = '" + sha + "' AND NOT is_current"));
        assertEquals(8, rows(Warehouse.REPORTS));
    }

    @Test
    @Order(8)
    void manifestSourceUrlReachesTheParserAndTheTables() throws IOException {
        Path p = input.resolve("2021/gov.txt");
        Files.createDirectories(p.getParent());
        Files.writeString(p, Files.readString(input.resolve("2020/003_62687585584c4384.txt")) + "\n（2021 转载）\n");
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "path,source_url,fetched_at\n"
                + "2021/gov.txt,https://www.example.gov.cn/zwgk/2021/gov.txt,2026-01-02T03:04:05Z\n");
        Ingest.run(spark, wh, Ingest.Options.of(input.toString(), manifest.toString()));
        view(Warehouse.REPORTS);
        assertEquals("https://www.example.gov.cn/zwgk/2021/gov.txt",
                sql("SELECT source_url FROM reports WHERE file = 'gov.txt'").get(0).getString(0));
        view(Warehouse.DOCUMENTS);
        assertEquals("2026-01-02T03:04:05Z",
                sql("SELECT fetched_at FROM documents WHERE array_contains(paths, 'file:" + p + "')").get(0).getString(0));
    }

    @Test
    @Order(9)
    void reparseReplacesReportsAndKeepsTheOldOnesByTimeTravel() {
        long before = version(Warehouse.REPORTS);
        Ingest.Options o = Ingest.Options.of(input.toString(), null);
        try (Lease ignored = Lease.acquire(spark.sparkContext().hadoopConfiguration(), wh.root(), "run-A", 600, 0)) {
            Lease.HeldException e = assertThrows(Lease.HeldException.class, () -> Reparse.run(spark, wh, o));
            assertTrue(e.getMessage().contains("run-A"), e.getMessage());
        }
        assertEquals(before, version(Warehouse.REPORTS), "a reparse refused the lease writes nothing");
        RunStats r = Reparse.run(spark, wh, o);
        assertEquals(rows(Warehouse.DOCUMENTS), r.listed());
        view(Warehouse.REPORTS);
        assertEquals(rows(Warehouse.REPORTS), count("SELECT count(*) FROM reports WHERE run_id = '" + r.runId() + "'"));
        long old = spark.read().format("delta").option("versionAsOf", before).load(wh.path(Warehouse.REPORTS))
                .filter("run_id = '" + r.runId() + "'").count();
        assertEquals(0, old, "the version before the reparse still has the earlier runs' rows");
        // is_current survives the reparse
        assertEquals(2, count("SELECT count(*) FROM reports WHERE NOT is_current"));
        view(Warehouse.RUNS);
        assertEquals(1, count("SELECT count(*) FROM runs WHERE kind = 'reparse'"));
    }

    @Test
    @Order(10)
    void aNewParserColumnEvolvesTheReportsSchema() throws IOException {
        // A warehouse written by an older parser that had no place_evidence key yet.
        Warehouse older = new Warehouse(tmp.resolve("older-warehouse").toString());
        StructType before = Warehouse.TABLES.get(Warehouse.REPORTS).schema();
        StructType narrower = new StructType(java.util.Arrays.stream(before.fields())
                .filter(f -> !f.name().equals("place_evidence")).toArray(StructField[]::new));
        io.delta.tables.DeltaTable.create(spark).location(older.path(Warehouse.REPORTS)).addColumns(narrower)
                .partitionedBy(Warehouse.REPORTS_PARTITION).execute();
        Path one = tmp.resolve("one");
        Files.createDirectories(one);
        Files.copy(samples().resolve("000_1a03130d040d2924.txt"), one.resolve("000.txt"));
        Ingest.run(spark, older, Ingest.Options.of(one.toString(), null));
        List<String> columns = List.of(older.read(spark, Warehouse.REPORTS).columns());
        assertTrue(columns.contains("place_evidence"), columns.toString());
        assertEquals(1, older.read(spark, Warehouse.REPORTS).count());
    }
}
