package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import nianbao.jobs.stats.Export;
import nianbao.jobs.stats.LevelStats;
import nianbao.jobs.stats.StatsPrinter.OutputFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `stats --warehouse … [--by year,level[,province][,is_department]] [--table NAME] [--format table|csv|json]
 * [--export DIR]`: prints a gold table written by `aggregate`; a grouping without its own table is computed from
 * stats_bodies with the same definitions. A grouping without {@code level} adds up levels, which never add up (a
 * government's report may include its departments'), so it needs --sum-levels.
 */
@Command(name = "stats", description = "Print the statistics written by aggregate, or export every gold table.")
final class StatsCommand extends SparkCommand {
    private static final Map<String, String> TABLE_BY_GROUPING = Map.of(
            "year,level", Warehouse.STATS_BY_LEVEL,
            "year,level,province", Warehouse.STATS_BY_PROVINCE,
            "year,level,is_department", Warehouse.STATS_BY_BODY_TYPE);
    private static final Set<String> GROUP_COLUMNS = Set.of("year", "level", "province", "prefecture", "county",
            "is_department");

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--by", paramLabel = "COLUMNS", split = ",", defaultValue = "year,level",
            description = "Grouping columns among year, level, province, prefecture, county, is_department "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> by;

    @Option(names = "--sum-levels", description = "Allow a grouping without level (its sums mix levels that "
            + "overlap, so they overstate).")
    boolean sumLevels;

    @Option(names = "--table", paramLabel = "NAME", description = "Print this gold table instead (stats_…).")
    String table;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TABLE",
            description = "table, csv or json (default: table).", converter = FormatConverter.class)
    OutputFormat format;

    @Option(names = "--export", paramLabel = "DIR", description = "Also write every gold table, stats_bodies "
            + "included, as NAME.csv (UTF-8 with a byte-order mark, for Excel) and NAME.jsonl into DIR.")
    Path export;

    @Override
    protected Settings prepare() {
        for (String c : by) {
            if (!GROUP_COLUMNS.contains(c.trim())) {
                throw new UsageException("--by: unknown column '" + c + "'; use " + GROUP_COLUMNS);
            }
        }
        if (table == null && !by.contains("level") && !sumLevels) {
            throw new UsageException("--by " + String.join(",", by) + " adds up levels, which overlap (a government's "
                    + "report may include its departments'); add level to --by, or give --sum-levels");
        }
        if (table != null && !Warehouse.GOLD_TABLES.contains(table)) {
            throw new UsageException("--table: unknown table '" + table + "'; use one of " + Warehouse.GOLD_TABLES);
        }
        Settings s = warehouse.resolve(settingsOptions);
        Locations.tableToRead("--warehouse", s.get(Settings.WAREHOUSE), Warehouse.STATS_BY_LEVEL,
                "run bin/nianbao aggregate --warehouse ... first");
        if (export != null) {
            export = export.toAbsolutePath().normalize();
            Locations.writableFolder("--export", export.toString());
        }
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Warehouse w = new Warehouse(s.get(Settings.WAREHOUSE));
        if (export != null) {
            List<Path> files = Export.write(spark, w, export);
            System.err.println("exported " + files.size() + " files to " + export);
        }
        String grouping = String.join(",", by);
        Dataset<Row> t;
        if (table != null) {
            t = Aggregate.read(spark, w, table);
        } else if (TABLE_BY_GROUPING.containsKey(grouping)) {
            t = Aggregate.read(spark, w, TABLE_BY_GROUPING.get(grouping));
        } else {
            t = LevelStats.by(Aggregate.read(spark, w, Warehouse.STATS_BODIES), by);
        }
        ResultPrinter.statistics(t, format);
        return 0;
    }

    /** {@code --format table|csv|json}, case-insensitive, one line when wrong. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String v) {
            try {
                return OutputFormat.of(v);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("use table, csv or json, not '" + v + "'");
            }
        }
    }
}
