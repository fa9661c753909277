package nianbao.jobs.cli;

import nianbao.jobs.Demo;
import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * `demo`: ingest samples/ into the embedded warehouse, aggregate, and print the statistics by level. The one command
 * whose defaults are the project's own folders, so it works from anywhere.
 */
@Command(name = "demo", description = "Ingest the sample reports, aggregate, print the statistics.")
final class DemoCommand extends SparkCommand {
    @Option(names = "--input", paramLabel = "DIR", description = "Reports to ingest (env NIANBAO_INPUT; default: "
            + "the project's samples/).")
    String input;

    @Option(names = "--warehouse", paramLabel = "DIR", description = "Where the tables go (env NIANBAO_WAREHOUSE; "
            + "default: the project's warehouse/).")
    String warehouse;

    @Override
    protected Settings prepare() {
        Map<String, String> flags = new HashMap<>();
        flags.put(Settings.INPUT, Locations.absolute(input));
        flags.put(Settings.WAREHOUSE, Locations.absolute(warehouse));
        Settings s = settingsOptions.resolve(flags);
        Locations.readable("--input", s.get(Settings.INPUT), false);
        Locations.warehouseToWrite("--warehouse", s.get(Settings.WAREHOUSE));
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Warehouse wh = new Warehouse(s.get(Settings.WAREHOUSE));
        RunStats r = Demo.ingest(spark, s);
        System.out.println(r);
        System.out.println();
        ResultPrinter.statistics(Demo.statistics(spark, wh).get(Warehouse.STATS_BY_LEVEL));
        System.out.println("tables under " + wh.root() + "; query them with: bin/nianbao sql \"SELECT ... FROM reports\"");
        return 0;
    }
}
