package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Lease;
import nianbao.jobs.ingest.RunLog;
import nianbao.jobs.stats.Aggregate;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;

/**
 * `aggregate --warehouse DIR|URI`: writes every gold table (unless they were already computed from the current
 * reports) and prints stats_by_level, under the warehouse lease like every other job that writes tables.
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
        Aggregate.Refresh r;
        // beside a nightly's own aggregate step, two overwrites of the same gold tables would conflict half-way
        try (Lease ignored = Lease.acquire(spark.sparkContext().hadoopConfiguration(), w.root(),
                RunLog.newRunId(Instant.now()), s.getLong(Settings.LEASE_SECONDS),
                s.getLong(Settings.LEASE_WAIT_SECONDS))) {
            r = Aggregate.refresh(spark, w, force);
        }
        ResultPrinter.statistics(r.gold().get(Warehouse.STATS_BY_LEVEL));
        System.out.println((r.written() ? "wrote " : "unchanged (" + r.stamp() + "; --force rewrites): ")
                + String.join(", ", r.gold().keySet()) + " under " + w.root());
        return 0;
    }
}
