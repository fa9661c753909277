package nianbao.jobs.cli;

import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import nianbao.jobs.stats.Export;
import nianbao.jobs.stats.LevelStats;
import nianbao.jobs.stats.StatsPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `stats --warehouse … [--by year,level[,province][,is_department]] [--table NAME] [--format table|csv|json]
 * [--export DIR]`: prints a gold table written by `aggregate`; a grouping without its own table is computed from
 * stats_bodies with the same definitions.
 */
final class StatsCommand implements Command {
    static final String CAVEAT = "note: levels are side by side and never add up to a national figure (a government's"
            + " report may include its departments' figures). Any procurement sum must stay under the 2022 national"
            + " 政府集中采购 total of 7,676.8亿元 (" + LevelStats.NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN.toPlainString()
            + " 元). Definitions: docs/statistics.md";
    private static final Map<String, String> TABLE_BY_GROUPING = Map.of(
            "year,level", Warehouse.STATS_BY_LEVEL,
            "year,level,province", Warehouse.STATS_BY_PROVINCE,
            "year,level,is_department", Warehouse.STATS_BY_BODY_TYPE);
    private static final Set<String> GROUP_COLUMNS = Set.of("year", "level", "province", "prefecture", "county",
            "is_department");

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "stats [--warehouse W] [--by year,level[,province][,is_department]] [--table stats_…] "
                + "[--format table|csv|json] [--export DIR]: print the statistics";
    }

    @Override
    public int run(Args args) {
        args.requireOnly(WarehouseOptions.with("by", "table", "format", "export"));
        StatsPrinter.Format format;
        try {
            format = StatsPrinter.Format.of(args.get("format", "table"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        List<String> by = Arrays.stream(args.get("by", "year,level").split(",")).map(String::trim).toList();
        for (String c : by) {
            if (!GROUP_COLUMNS.contains(c)) throw new Args.UsageException("--by: unknown column '" + c + "'; use "
                    + GROUP_COLUMNS);
        }
        String table = args.get("table");
        if (table != null && !Warehouse.GOLD_TABLES.contains(table)) {
            throw new Args.UsageException("--table: unknown table '" + table + "'; use one of " + Warehouse.GOLD_TABLES);
        }
        WarehouseOptions o = new WarehouseOptions(args);
        SparkSession spark = o.session();
        try {
            Warehouse w = o.warehouse();
            if (args.get("export") != null) {
                List<Path> files = Export.write(spark, w, Path.of(args.get("export")));
                System.err.println("exported " + files.size() + " files to " + args.get("export"));
            }
            Dataset<Row> t;
            if (table != null) {
                t = Aggregate.read(spark, w, table);
            } else if (TABLE_BY_GROUPING.containsKey(String.join(",", by))) {
                t = Aggregate.read(spark, w, TABLE_BY_GROUPING.get(String.join(",", by)));
            } else {
                t = LevelStats.by(Aggregate.read(spark, w, Warehouse.STATS_BODIES), by);
            }
            System.out.print(StatsPrinter.format(t, format));
            if (format == StatsPrinter.Format.TABLE) System.out.println(CAVEAT);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
