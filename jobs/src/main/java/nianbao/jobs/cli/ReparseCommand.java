package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.Reparse;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `reparse --warehouse DIR|URI`: re-parse the stored documents with the current parser (no re-download). */
@Command(name = "reparse", description = "Re-parse the stored documents with this parser version; "
        + "the old rows stay reachable by time travel.")
final class ReparseCommand extends SparkCommand {
    @Mixin
    WarehouseOption warehouse;

    @Override
    protected Settings prepare() {
        Settings s = warehouse.resolve(settingsOptions);
        Locations.tableToRead("--warehouse", s.get(Settings.WAREHOUSE), Warehouse.DOCUMENTS,
                "run bin/nianbao ingest --warehouse ... first");
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        RunStats r = Reparse.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)), Ingest.Options.from(s));
        System.out.println(r);
        return 0;
    }
}
