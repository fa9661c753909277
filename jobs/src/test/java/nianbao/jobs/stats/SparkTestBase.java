package nianbao.jobs.stats;

import nianbao.jobs.ReportRows;
import nianbao.jobs.Warehouse;
import nianbao.model.Report;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One static local[2] SparkSession per test class, and a helper that writes a {@code reports} Delta table. */
abstract class SparkTestBase {
    static SparkSession spark;
    static Path tmp;

    @BeforeAll
    static void startSpark() throws IOException {
        tmp = Files.createTempDirectory("nianbao-stats");
        spark = SparkSession.builder().master("local[2]").appName("stats-test")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.databricks.delta.snapshotPartitions", "1")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() throws IOException {
        spark.stop();
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
