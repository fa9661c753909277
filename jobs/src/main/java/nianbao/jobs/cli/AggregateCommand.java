package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `aggregate --warehouse DIR|URI`: writes every gold table and prints stats_by_level. */
@Command(name = "aggregate", description = "Write the statistics tables (stats_*) and print stats_by_level.")
final class AggregateCommand extends SparkCommand {
    @Mixin
    WarehouseOption warehouse;

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
        var gold = Aggregate.run(spark, w);
        ResultPrinter.statistics(gold.get(Warehouse.STATS_BY_LEVEL));
        System.out.println("wrote " + String.join(", ", gold.keySet()) + " under " + w.root());
        return 0;
    }
}
