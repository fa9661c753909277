package nianbao.jobs;

import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** Builds the SparkSession every job uses: Delta enabled, quiet, and the {@code spark.*} settings applied. */
public final class Spark {
    private Spark() {
    }

    public static SparkSession session(Settings s) {
        SparkSession.Builder b = SparkSession.builder()
                .appName(s.get(Settings.APP_NAME))
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
                // Delta's default of 50 snapshot partitions costs seconds per table on small tables.
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.sql.session.timeZone", "UTC");
        String master = s.get(Settings.MASTER);
        // spark-submit sets spark.master itself; a conf file must not override the cluster it chose.
        boolean submitted = System.getProperty("spark.master") != null;
        if (submitted) {
            // nothing: master, driver host and resources come from spark-submit
        } else if (master.startsWith("local")) {
            b.master(master)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        } else if (!master.isEmpty()) {
            b.master(master);
        }
        for (Map.Entry<String, String> e : s.sparkConf().entrySet()) b.config(e.getKey(), e.getValue());
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
