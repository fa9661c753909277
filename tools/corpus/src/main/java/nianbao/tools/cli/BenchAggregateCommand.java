package nianbao.tools.cli;

import nianbao.jobs.Warehouse;
import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.jobs.cli.WarehouseOptions;
import nianbao.tools.bench.AggregateBench;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.util.Locale;

/**
 * `bench aggregate --rows N [--warehouse DIR]`: aggregation over N synthetic report rows; the last line reads
 * {@code aggregate N rows: S s}.
 */
final class BenchAggregateCommand implements Command {
    @Override
    public String name() {
        return "aggregate";
    }

    @Override
    public String summary() {
        return "aggregate [--rows N] [--warehouse DIR]: time aggregate over N generated report rows";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(WarehouseOptions.with("rows"));
        long rows = args.getLong("rows", 1_000_000L);
        if (rows < 1) throw new Args.UsageException("--rows must be at least 1");
        // A scratch warehouse by default: the benchmark must never overwrite the real reports table.
        WarehouseOptions o = new WarehouseOptions(args, args.get("warehouse") != null ? null
                : Files.createTempDirectory("nianbao-bench").toString());
        SparkSession spark = o.session();
        try {
            Warehouse w = o.warehouse();
            double s = AggregateBench.run(spark, w, rows);
            System.out.println("gold tables under " + w.root());
            System.out.println(String.format(Locale.ROOT, "aggregate %d rows: %.1f s", rows, s));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
