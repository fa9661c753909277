package nianbao.jobs;

import org.apache.hadoop.conf.Configuration;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code spark.*} settings a session gets, each with where it came from. One rule: nianbao only fills in what is
 * missing. From lowest to highest precedence:
 * <ol>
 *   <li>{@code default}: what the jobs need (Delta's extension and catalog, UTC, few snapshot partitions, the s3a
 *   defaults of {@link Spark#S3_DEFAULTS}) and, for local runs only, today's laptop settings (UI off, 8 shuffle
 *   partitions, loopback driver, the master from {@code nianbao.master});</li>
 *   <li>a {@code spark.*} key of the conf file or the environment;</li>
 *   <li>{@code spark-submit}: what spark-submit passed to the driver ({@code --conf}, {@code spark-defaults.conf},
 *   {@code --master}, the cluster manager), i.e. the JVM's {@code spark.*} system properties;</li>
 *   <li>{@code flag}: {@code --set spark.x=y} on the nianbao command line (the user asked for it by name).</li>
 * </ol>
 * An s3a default is also left out when the cluster's Hadoop configuration (core-site.xml) sets that key: a team's
 * credential provider must not be replaced by ours. Delta's session extension is added to any the cluster lists.
 */
public final class SparkSettings {
    public static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
    static final String EXTENSIONS = "spark.sql.extensions";
    public static final String FROM_SUBMIT = "spark-submit", FROM_HADOOP_SITE = "hadoop site";

    /** A value and where it came from. */
    public record Value(String value, String origin) {
    }

    private SparkSettings() {
    }

    /** The spark.* settings spark-submit gave this JVM (empty when started by bin/nianbao or a test). */
    public static Map<String, String> submitted() {
        Map<String, String> m = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spark."))
                .forEach(k -> m.put(k, System.getProperty(k)));
        return m;
    }

    /** The s3a keys the cluster's Hadoop site files (core-site.xml on the class path) set themselves. */
    public static Map<String, String> hadoopSite() {
        Configuration c = new Configuration();
        Map<String, String> m = new TreeMap<>();
        for (String key : Spark.S3_DEFAULTS.keySet()) {
            String h = key.substring("spark.hadoop.".length());
            String[] sources = c.getPropertySources(h);
            if (sources != null && Arrays.stream(sources).anyMatch(s -> !s.equals("core-default.xml"))) {
                m.put(key, c.get(h));
            }
        }
        return m;
    }

    /** The master a session of these settings runs on: spark-submit's, else {@code nianbao.master}. */
    public static String master(Settings s, Map<String, String> submitted) {
        String m = submitted.get("spark.master");
        return m != null ? m : s.get(Settings.MASTER);
    }

    static final String LOCAL_DIR = "spark.local.dir";
    static final String OPTIMIZE_WRITE = "spark.databricks.delta.optimizeWrite.enabled";
    static final String COALESCE_CACHED = "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning";

    /** A master that is this JVM. An empty master is not local: it means spark-submit (or nobody) chooses. */
    public static boolean isLocal(String master) {
        return master.startsWith("local");
    }

    /** Every spark.* setting the session gets, sorted by key. */
    public static Map<String, Value> resolve(Settings s, Map<String, String> submitted, Map<String, String> hadoopSite) {
        Map<String, Value> r = new TreeMap<>();
        String master = master(s, submitted);
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(EXTENSIONS, DELTA_EXTENSION);
        defaults.put("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        defaults.put("spark.app.name", s.get(Settings.APP_NAME));
        defaults.put("spark.ui.showConsoleProgress", "false");
        // Delta's default of 50 snapshot partitions costs seconds per table on small tables.
        defaults.put("spark.databricks.delta.snapshotPartitions", "2");
        // the statistics are per calendar year of the report; a driver's local zone must not shift a timestamp
        defaults.put("spark.sql.session.timeZone", "UTC");
        Spark.S3_DEFAULTS.forEach((k, v) -> {
            if (!hadoopSite.containsKey(k)) defaults.put(k, v);
        });
        if (isLocal(master)) {
            defaults.put("spark.master", master);
            defaults.put("spark.ui.enabled", "false");
            defaults.put("spark.sql.shuffle.partitions", "8");
            defaults.put("spark.driver.host", "127.0.0.1");
            defaults.put("spark.driver.bindAddress", "127.0.0.1");
            // Spark creates its (unused: every table is a Delta path) warehouse folder on start; not in the working
            // directory, where every run would leave an empty spark-warehouse/ behind.
            defaults.put("spark.sql.warehouse.dir", Spark.SESSION_WAREHOUSE);
            // not /tmp/blockmgr-*: world-readable folders with document bytes that a killed run leaves behind
            defaults.put(LOCAL_DIR, ScratchDir.DEFAULT.toString());
        } else {
            if (!master.isEmpty()) defaults.put("spark.master", master);
            // A cluster keeps its own shuffle partitions (200 by default), and a persisted Dataset keeps them all
            // unless AQE may coalesce a cached plan's output: on the standalone test cluster a nightly over 300
            // reports wrote 273 files into `reports` and spent 86 s of a skip-path run on 200-task stages. Delta's
            // optimized writes bin each write into files of a useful size; a cluster's own settings still win.
            defaults.put(COALESCE_CACHED, "true");
            defaults.put(OPTIMIZE_WRITE, "true");
        }
        defaults.forEach((k, v) -> r.put(k, new Value(v, Settings.FROM_DEFAULT)));
        Map<String, String> flags = new TreeMap<>();
        s.sparkConf().forEach((k, v) -> {
            if (s.origin(k).equals(Settings.FROM_FLAG)) flags.put(k, v);
            else r.put(k, new Value(v, s.origin(k)));
        });
        submitted.forEach((k, v) -> r.put(k, new Value(v, FROM_SUBMIT)));
        flags.forEach((k, v) -> r.put(k, new Value(v, Settings.FROM_FLAG)));
        Value ext = r.get(EXTENSIONS);
        List<String> listed = Arrays.stream(ext.value().split(",")).map(String::trim).toList();
        if (!listed.contains(DELTA_EXTENSION)) {
            // the tables are Delta: without its extension MERGE, OPTIMIZE and VACUUM do not parse
            r.put(EXTENSIONS, new Value(DELTA_EXTENSION + "," + ext.value(), ext.origin() + " + Delta"));
        }
        return r;
    }
}
