package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `aggregate --warehouse DIR|URI`: writes every gold table (unless they were already computed from the current
 * reports) and prints stats_by_level.
 */
@Command(name = "aggregate", description = "Write the statistics tables (stats_*) and print stats_by_level. "
        + "Skips the write when they were computed from the current reports already.")
final class AggregateCommand extends SparkCommand {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--force", description = "Write the statistics tables even if the reports have not changed.")
    boolean force;

    @Override
    protected Settings prepare() {
        Settings s = warehouse.resolve(settingsOptions);
        Locations.tableToRead("--warehouse", s.get(Settings.WAREHOUSE), Warehouse.REPORTS,
                "run bin/nianbao ingest --warehouse ... first");
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Warehouse w = new Warehouse(s.get(Settings.WAREHOUSE));
        Aggregate.Refresh r = Aggregate.refresh(spark, w, force);
        ResultPrinter.statistics(r.gold().get(Warehouse.STATS_BY_LEVEL));
        System.out.println((r.written() ? "wrote " : "unchanged (" + r.stamp() + "; --force rewrites): ")
                + String.join(", ", r.gold().keySet()) + " under " + w.root());
        return 0;
    }
}
