package nianbao.jobs.stats;

import nianbao.jobs.ReportRows;
import nianbao.jobs.Warehouse;
import nianbao.jobs.testing.SparkTestBase;
import nianbao.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The shared test session plus a temp folder and a helper that writes a {@code reports} Delta table. */
abstract class StatsTestBase extends SparkTestBase {
    static Path tmp;

    @BeforeAll
    static void createTmp() throws IOException {
        tmp = Files.createTempDirectory("nianbao-stats");
    }

    @AfterAll
    static void deleteTmp() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A fresh warehouse whose {@code reports} table holds these reports as current rows of one run. */
    static Warehouse warehouseWith(String name, List<Report> reports) {
        Warehouse w = new Warehouse(tmp.resolve(name).toString());
        ReportRows.withIngestColumns(ReportRows.of(spark, reports), "test-run", true, Instant.parse("2026-01-01T00:00:00Z"))
                .write().format("delta").mode("overwrite").save(w.path(Warehouse.REPORTS));
        return w;
    }
}
