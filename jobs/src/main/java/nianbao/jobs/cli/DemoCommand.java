package nianbao.jobs.cli;

import nianbao.jobs.Demo;
import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** `demo`: ingest samples/ into the embedded warehouse and print the statistics. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "demo [--input DIR] [--warehouse DIR]: ingest the sample reports and print statistics";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(SettingsArgs.allowed(Set.of("input", "warehouse", "master")));
        Settings s = SettingsArgs.resolve(args);
        SparkSession spark = Spark.session(s);
        try {
            PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
            RunStats r = Demo.ingest(spark, s);
            out.println(r);
            out.println();
            out.println("Statistics over current reports (warehouse " + s.get(Settings.WAREHOUSE) + "):");
            ResultPrinter.print(Demo.statistics(spark, new Warehouse(s.get(Settings.WAREHOUSE))), "table", 1000, out);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
