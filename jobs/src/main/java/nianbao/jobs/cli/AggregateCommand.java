package nianbao.jobs.cli;

import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import nianbao.jobs.stats.StatsPrinter;
import org.apache.spark.sql.SparkSession;

/** `aggregate --warehouse DIR|URI`: writes every gold table and prints stats_by_level. */
final class AggregateCommand implements Command {
    @Override
    public String name() {
        return "aggregate";
    }

    @Override
    public String summary() {
        return "aggregate [--warehouse DIR|URI]: write the statistics tables (stats_*) and print stats_by_level";
    }

    @Override
    public int run(Args args) {
        args.requireOnly(WarehouseOptions.KEYS);
        WarehouseOptions o = new WarehouseOptions(args);
        SparkSession spark = o.session();
        try {
            var gold = Aggregate.run(spark, o.warehouse());
            System.out.print(StatsPrinter.format(gold.get(Warehouse.STATS_BY_LEVEL), StatsPrinter.Format.TABLE));
            System.out.println(StatsCommand.CAVEAT);
            System.out.println("wrote " + String.join(", ", gold.keySet()) + " under " + o.warehouse().root());
            return 0;
        } finally {
            spark.stop();
        }
    }
}
