package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** `sql --warehouse DIR|URI "SELECT …" [--format table|csv|json]`: every table is a view by its name. */
final class SqlCommand implements Command {
    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String summary() {
        return "sql [--warehouse DIR|URI] \"SELECT ...\" [--format table|csv|json] [--max-rows N]: query the tables by name";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(SettingsArgs.allowed(Set.of("warehouse", "master"), "format", "max-rows"));
        if (args.positional().size() != 1) throw new Args.UsageException("give exactly one SQL statement (quoted)");
        String format = args.get("format", "table");
        if (!Set.of("table", "csv", "json").contains(format)) {
            throw new Args.UsageException("--format is table, csv or json, not '" + format + "'");
        }
        Settings s = SettingsArgs.resolve(args);
        SparkSession spark = Spark.session(s);
        try {
            new Warehouse(s.get(Settings.WAREHOUSE)).registerViews(spark);
            ResultPrinter.print(spark.sql(args.positional().get(0)), format, args.getInt("max-rows", 1000),
                    new PrintStream(System.out, false, StandardCharsets.UTF_8));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
