package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the aggregated gold tables, stats_bodies included, as {@code NAME.csv} and {@code NAME.jsonl} files for
 * people outside Spark. The CSV files start with a UTF-8 byte-order mark: without it Excel reads them as the local
 * code page and the Chinese names turn to mojibake.
 */
public final class Export {
    private static final String BOM = "\uFEFF";

    private Export() {
    }

    public static List<Path> write(SparkSession spark, Warehouse warehouse, Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String t : Warehouse.GOLD_TABLES) {
                Dataset<Row> table = Aggregate.read(spark, warehouse, t);
                List<Row> rows = StatsPrinter.sortedRows(table);
                Path csv = dir.resolve(t + ".csv");
                Path json = dir.resolve(t + ".jsonl");
                Files.writeString(csv, BOM + StatsPrinter.format(table.schema(), rows, StatsPrinter.OutputFormat.CSV),
                        StandardCharsets.UTF_8);
                Files.writeString(json, StatsPrinter.format(table.schema(), rows, StatsPrinter.OutputFormat.JSON),
                        StandardCharsets.UTF_8);
                files.add(csv);
                files.add(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
