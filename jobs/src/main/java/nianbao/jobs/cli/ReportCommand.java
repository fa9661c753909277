package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.HtmlReport;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** `report --warehouse … --out DIR`: a static HTML page with charts of the headline statistics. */
@Command(name = "report", description = "Write an HTML page with charts of the statistics.")
final class ReportCommand extends SparkCommand {
    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the page, created if "
            + "missing (relative to the current folder).")
    Path out;

    @Override
    protected Settings prepare() {
        Settings s = warehouse.resolve(settingsOptions);
        Locations.tableToRead("--warehouse", s.get(Settings.WAREHOUSE), Warehouse.STATS_BY_LEVEL,
                "run bin/nianbao aggregate --warehouse ... first");
        out = out.toAbsolutePath().normalize();
        Locations.writableFolder("--out", out.toString());
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) throws Exception {
        System.out.println("wrote " + HtmlReport.write(spark, new Warehouse(s.get(Settings.WAREHOUSE)), out));
        return 0;
    }
}
