package nianbao.jobs;

import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import nianbao.jobs.stats.Aggregate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/**
 * The demo: ingest the sample reports into the embedded warehouse, then the statistics
 * ({@link nianbao.jobs.stats.Aggregate}: every gold table written and returned by name).
 */
public final class Demo {
    private Demo() {
    }

    public static RunStats ingest(SparkSession spark, Settings s) {
        return Ingest.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)), Ingest.Options.from(s));
    }

    /** Writes every gold table and returns them by name (stats_by_level first). */
    public static Map<String, Dataset<Row>> statistics(SparkSession spark, Warehouse wh) {
        return Aggregate.run(spark, wh);
    }
}
