package nianbao.jobs.cli;

import nianbao.jobs.stats.HtmlReport;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** `report --warehouse … --out DIR`: a static HTML page with charts of the headline statistics. */
final class ReportCommand implements Command {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "report [--warehouse W] --out DIR: write an HTML page with charts of the statistics";
    }

    @Override
    public int run(Args args) {
        args.requireOnly(WarehouseOptions.with("out"));
        if (args.get("out") == null) throw new Args.UsageException("--out DIR is required");
        WarehouseOptions o = new WarehouseOptions(args);
        SparkSession spark = o.session();
        try {
            System.out.println("wrote " + HtmlReport.write(spark, o.warehouse(), Path.of(args.get("out"))));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
