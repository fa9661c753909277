package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.StatsPrinter.OutputFormat;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * `sql --warehouse DIR|URI "SELECT …"`: every table is a view by its name. Read-only unless --write: a DELETE or
 * UPDATE on reports would orphan documents that ingest never restores.
 */
@Command(name = "sql", description = "Query the tables, each registered by its name. Read-only (SELECT, WITH, "
        + "SHOW, DESCRIBE, EXPLAIN, DESCRIBE HISTORY) unless --write.")
final class SqlCommand extends SparkCommand {
    /** Statements that only read: the first keyword, after comments and brackets. */
    private static final Pattern READ_ONLY = Pattern.compile("^(SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN|VALUES|TABLE|FROM)\\b.*",
            Pattern.DOTALL);
    private static final Pattern WRITES = Pattern.compile("\\b(INSERT|UPDATE|DELETE|MERGE)\\b");
    private static final Pattern LEADING = Pattern.compile("^(\\s+|--[^\\n]*\\n?|/\\*.*?\\*/|\\()+", Pattern.DOTALL);

    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "STATEMENT", description = "One SQL statement (quoted).")
    String statement;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TABLE",
            description = "table, csv or json (default: table).", converter = StatsCommand.FormatConverter.class)
    OutputFormat format;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Rows shown as a table (default: ${DEFAULT-VALUE}); csv and json print all.")
    int maxRows;

    @Option(names = "--write", description = "Allow statements that change tables (INSERT, UPDATE, DELETE, MERGE, "
            + "CREATE, …).")
    boolean write;

    @Override
    protected Settings prepare() {
        if (!write && !readOnly(statement)) {
            throw new UsageException("'" + firstWord(statement) + "' changes tables; sql is read-only (SELECT, SHOW, "
                    + "DESCRIBE, DESCRIBE HISTORY) unless --write is given");
        }
        if (maxRows < 1) throw new UsageException("--max-rows must be at least 1");
        Settings s = warehouse.resolve(settingsOptions);
        Locations.readable("--warehouse", s.get(Settings.WAREHOUSE), false);
        return s;
    }

    static boolean readOnly(String sql) {
        String s = LEADING.matcher(sql).replaceFirst("").toUpperCase(Locale.ROOT).strip();
        if (s.endsWith(";")) s = s.substring(0, s.length() - 1);
        // One statement only; a WITH or FROM clause may lead into an INSERT (FROM t INSERT INTO …).
        if (!READ_ONLY.matcher(s).matches() || s.contains(";")) return false;
        return !(s.startsWith("WITH") || s.startsWith("FROM")) || !WRITES.matcher(s).find();
    }

    private static String firstWord(String sql) {
        String s = LEADING.matcher(sql).replaceFirst("").strip();
        int sp = s.indexOf(' ');
        return (sp < 0 ? s : s.substring(0, sp)).toUpperCase(Locale.ROOT);
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        new Warehouse(s.get(Settings.WAREHOUSE)).registerViews(spark);
        ResultPrinter.query(spark.sql(statement), format, maxRows);
        return 0;
    }
}
