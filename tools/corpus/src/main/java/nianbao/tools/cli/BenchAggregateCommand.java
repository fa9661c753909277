package nianbao.tools.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.cli.SparkCommand;
import nianbao.jobs.cli.UsageException;
import nianbao.tools.bench.AggregateBench;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * `bench aggregate --rows N [--warehouse DIR]`: aggregation over N synthetic report rows; the last line reads
 * {@code aggregate N rows: S s}.
 */
@Command(name = "aggregate", description = "Time aggregate over N generated report rows.")
final class BenchAggregateCommand extends SparkCommand {
    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Report rows (default: "
            + "${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Scratch warehouse (default: a new temporary "
            + "folder; never the real one, whose reports table this would overwrite).")
    Path warehouse;

    @Override
    protected Settings prepare() {
        if (rows < 1) throw new UsageException("--rows must be at least 1");
        try {
            Path w = warehouse != null ? warehouse.toAbsolutePath() : Files.createTempDirectory("nianbao-bench");
            return settingsOptions.resolve(Map.of(Settings.WAREHOUSE, w.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create a scratch warehouse: " + e.getMessage(), e);
        }
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Warehouse w = new Warehouse(s.get(Settings.WAREHOUSE));
        double secs = AggregateBench.run(spark, w, rows);
        System.out.println("gold tables under " + w.root());
        System.out.println(String.format(Locale.ROOT, "aggregate %d rows: %.1f s", rows, secs));
        return 0;
    }
}
