package nianbao.jobs.cli;

import nianbao.jobs.Demo;
import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.RunStats;
import nianbao.jobs.stats.StatsPrinter;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** `demo`: ingest samples/ into the embedded warehouse, aggregate, and print the statistics by level. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "demo [--input DIR] [--warehouse DIR]: ingest the sample reports, aggregate, print statistics";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(SettingsArgs.allowed(Set.of("input", "warehouse", "master")));
        Settings s = SettingsArgs.resolve(args);
        SparkSession spark = Spark.session(s);
        try {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            Warehouse wh = new Warehouse(s.get(Settings.WAREHOUSE));
            RunStats r = Demo.ingest(spark, s);
            out.println(r);
            out.println();
            var gold = Demo.statistics(spark, wh);
            out.print(StatsPrinter.format(gold.get(Warehouse.STATS_BY_LEVEL), StatsPrinter.Format.TABLE));
            out.println(StatsCommand.CAVEAT);
            out.println("tables under " + wh.root() + "; query them with: bin/nianbao sql \"SELECT ... FROM reports\"");
            out.flush();
            return 0;
        } finally {
            spark.stop();
        }
    }
}
