package nianbao.jobs.ingest;

import io.delta.tables.DeltaTable;
import nianbao.jobs.Warehouse;
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
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A run stopped between its commits leaves one table ahead of the others; the next run over the same input must
 * complete it by itself, writing nothing twice. Each case removes what the interrupted commits would not have
 * written (the rows of a table, as a crash before that commit leaves it) and runs the same ingest again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterruptedIngestTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Path input;
    static Warehouse wh;
    /** The tables of the first, uninterrupted run: every later state must equal them. */
    static List<Row> reports;
    static List<Row> cells;
    static List<Row> documents;

    @BeforeAll
    static void firstRun() throws IOException {
        input = tmp.resolve("input");
        Files.createDirectories(input);
        try (Stream<Path> s = Files.list(samples())) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) Files.copy(p, input.resolve(p.getFileName()));
        }
        wh = new Warehouse(tmp.resolve("warehouse").toString());
        ingest();
        reports = reportRows();
        cells = cellRows();
        documents = documentRows();
        assertEquals(5, reports.size());
    }

    static RunStats ingest() {
        return Ingest.run(spark, wh, Ingest.Options.of(input.toString(), null));
    }

    static List<Row> reportRows() {
        return wh.read(spark, Warehouse.REPORTS)
                .selectExpr("sha256", "is_current", "file", "apps_new_total", "procurement_amount_yuan")
                .orderBy("sha256").collectAsList();
    }

    static List<Row> cellRows() {
        return wh.read(spark, Warehouse.REPORT_CELLS)
                .selectExpr("sha256", "section", "row_key", "column_key", "cast(value as string)", "semantic")
                .orderBy("sha256", "section", "row_key", "column_key").collectAsList();
    }

    static List<Row> documentRows() {
        return wh.read(spark, Warehouse.DOCUMENTS).selectExpr("sha256", "paths", "is_current")
                .orderBy("sha256").collectAsList();
    }

    static void deleteAll(String table) {
        DeltaTable.forPath(spark, wh.path(table)).delete();
    }

    static void assertLikeTheFirstRun() {
        assertEquals(reports, reportRows(), "reports");
        assertEquals(cells, cellRows(), "report_cells: every cell once");
        assertEquals(documents, documentRows(), "documents");
    }

    @Test
    @Order(1)
    void documentsCommittedWithoutTheirReportsAreParsedAgain() {
        // The state an ingest killed between the documents and reports commits used to leave (or a DELETE by hand):
        // every file looked known by path, size and time, so no later run brought the reports back.
        deleteAll(Warehouse.REPORTS);
        deleteAll(Warehouse.REPORT_CELLS);
        RunStats r = ingest();
        assertEquals(5, r.fresh(), "documents without a report are not skipped");
        assertEquals(5, r.parsed());
        assertLikeTheFirstRun();
    }

    @Test
    @Order(2)
    void reportsAndCellsCommittedButNotTheDocuments() {
        // A run killed after its report_cells append, before the documents MERGE: the rerun parses again and
        // rewrites no report and no cell.
        deleteAll(Warehouse.DOCUMENTS);
        RunStats r = ingest();
        assertEquals(5, r.parsed());
        assertLikeTheFirstRun();
    }

    @Test
    @Order(3)
    void reportsCommittedButNotTheCells() {
        // Killed between the reports MERGE and the cells append.
        deleteAll(Warehouse.DOCUMENTS);
        deleteAll(Warehouse.REPORT_CELLS);
        ingest();
        assertLikeTheFirstRun();
    }

    @Test
    @Order(4)
    void aRepairedWarehouseIsLeftAloneByTheNextRun() {
        long docs = wh.table(spark, Warehouse.DOCUMENTS).history(1).first().getAs("version");
        long reps = wh.table(spark, Warehouse.REPORTS).history(1).first().getAs("version");
        RunStats r = ingest();
        assertEquals(0, r.fresh());
        assertEquals(5, r.skipped());
        assertEquals(docs, (long) wh.table(spark, Warehouse.DOCUMENTS).history(1).first().getAs("version"));
        assertEquals(reps, (long) wh.table(spark, Warehouse.REPORTS).history(1).first().getAs("version"));
        assertLikeTheFirstRun();
    }
}
