package nianbao.jobs.testing;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code local[2]} SparkSession per test class, built by the production factory so the tests run
 * the same Delta and s3a settings as the jobs. A subclass may add {@code spark.*} settings by overriding
 * {@link #extraSettings()} (e.g. the s3a endpoint of the test S3 server).
 */
public abstract class SparkTestBase {
    protected static SparkSession spark;

    /** Overridden per class through {@link #sparkSettings}; static so @BeforeAll can see it. */
    private static Map<String, String> pending = Map.of();

    public static void sparkSettings(Map<String, String> extra) {
        pending = extra;
    }

    @BeforeAll
    static void startSpark() {
        Map<String, String> o = new HashMap<>(pending);
        o.put(Settings.MASTER, "local[2]");
        o.put("spark.sql.shuffle.partitions", "2");
        o.put("spark.default.parallelism", "2");
        spark = Spark.session(Settings.resolve(null, Map.of(), o));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.stop();
        spark = null;
        pending = Map.of();
    }

    /** Runs SQL and returns every row. */
    protected static List<Row> sql(String query) {
        return spark.sql(query).collectAsList();
    }

    /** The single number a one-row, one-column query returns. */
    protected static long count(String query) {
        return ((Number) spark.sql(query).first().get(0)).longValue();
    }

    /** The repo's samples folder (the seed reports). */
    protected static Path samples() {
        return Settings.home().resolve("samples");
    }
}
