package nianbao.jobs;

import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The demo: ingest the sample reports into the embedded warehouse, then the statistics.
 * <p>
 * Hook: the real statistics are {@code nianbao.jobs.stats.Aggregate} (branch {@code stats}); once it is on main,
 * {@link #statistics} should call it ({@code Aggregate.run(spark, wh)}) and return its {@code stats_by_level}. Until
 * then it returns a compact per-year/level summary of the current reports computed here with Spark SQL.
 */
public final class Demo {
    private Demo() {
    }

    public static RunStats ingest(SparkSession spark, Settings s) {
        return Ingest.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)), Ingest.Options.from(s));
    }

    /** Per report year and level, over current reports only. */
    public static Dataset<Row> statistics(SparkSession spark, Warehouse wh) {
        wh.read(spark, Warehouse.REPORTS).createOrReplaceTempView("demo_reports");
        return spark.sql(String.join("\n",
                "SELECT report_year, coalesce(level, 'unknown') AS level, count(*) AS reports,",
                "  count(apps_new_total) AS apps_known_reports,",
                "  count_if(apps_new_total = 0) AS zero_request_reports,",
                "  try_divide(count_if(apps_new_total = 0), count(apps_new_total)) AS zero_request_rate,",
                "  sum(procurement_projects) AS procurement_projects,",
                "  sum(procurement_amount_yuan) AS procurement_amount_yuan,",
                "  count_if(procurement_amount_raw IS NOT NULL AND procurement_amount_yuan IS NULL)",
                "    AS procurement_unit_unknown,",
                "  count_if(error IS NOT NULL) AS parse_errors",
                "FROM demo_reports WHERE is_current",
                "GROUP BY report_year, coalesce(level, 'unknown')",
                "ORDER BY report_year NULLS LAST, level"));
    }
}
