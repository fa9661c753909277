package nianbao.jobs;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a data team submits wins: spark-submit's {@code --conf} and spark-defaults.conf reach the driver as {@code spark.*}
 * system properties, and the session keeps them over nianbao's defaults and over a nianbao conf file.
 */
class SparkSettingsTest {
    @TempDir
    Path tmp;

    /** What `spark-submit --conf ...` gave the user: each of them was overridden before. */
    private static final Map<String, String> SUBMITTED = Map.of(
            "spark.master", "local[1]",
            "spark.sql.shuffle.partitions", "400",
            "spark.ui.enabled", "true",
            "spark.ui.port", "0",
            "spark.sql.session.timeZone", "Asia/Shanghai",
            "spark.hadoop.fs.s3a.aws.credentials.provider", "com.example.TeamCredentials");

    @Test
    void aRealSessionKeepsWhatSparkSubmitSetOverDefaultsAndTheConfFile() throws Exception {
        Path conf = Files.writeString(tmp.resolve("cluster.properties"),
                "nianbao.master=\nspark.sql.shuffle.partitions=64\nspark.sql.adaptive.enabled=false\n");
        SUBMITTED.forEach(System::setProperty);
        SparkSession spark = null;
        try {
            spark = Spark.session(Settings.resolve(conf.toString(), Map.of(), Map.of()));
            assertEquals("400", spark.conf().get("spark.sql.shuffle.partitions"));
            assertEquals("true", spark.conf().get("spark.ui.enabled"));
            assertTrue(spark.sparkContext().uiWebUrl().isDefined(), "the UI runs");
            assertEquals("Asia/Shanghai", spark.conf().get("spark.sql.session.timeZone"));
            assertEquals("com.example.TeamCredentials",
                    spark.sparkContext().hadoopConfiguration().get("fs.s3a.aws.credentials.provider"));
            assertEquals("false", spark.conf().get("spark.sql.adaptive.enabled"), "the conf file fills what is missing");
            assertEquals("2", spark.conf().get("spark.databricks.delta.snapshotPartitions"), "and so do the defaults");
            assertTrue(spark.conf().get("spark.sql.extensions").contains(SparkSettings.DELTA_EXTENSION));
        } finally {
            if (spark != null) spark.stop();
            SUBMITTED.keySet().forEach(System::clearProperty);
        }
    }

    @Test
    void localRunsKeepTodaysDefaults() {
        Map<String, SparkSettings.Value> r = SparkSettings.resolve(settings(Map.of()), Map.of(), Map.of());
        assertEquals("false", r.get("spark.ui.enabled").value());
        assertEquals("8", r.get("spark.sql.shuffle.partitions").value());
        assertEquals("UTC", r.get("spark.sql.session.timeZone").value());
        assertEquals("127.0.0.1", r.get("spark.driver.host").value());
        assertEquals("local[2]", r.get("spark.master").value());
        assertEquals(Settings.FROM_DEFAULT, r.get("spark.ui.enabled").origin());
        assertFalse(r.containsKey(SparkSettings.OPTIMIZE_WRITE), "eight partitions: no extra shuffle per write");
    }

    @Test
    void onAClusterTheUiStaysOnAndTheDriverIsNotPinnedToLoopback() {
        Map<String, SparkSettings.Value> r = SparkSettings.resolve(settings(Map.of()),
                Map.of("spark.master", "yarn"), Map.of());
        assertFalse(r.containsKey("spark.ui.enabled"), "Spark's default: on");
        assertFalse(r.containsKey("spark.driver.host"));
        assertFalse(r.containsKey("spark.sql.shuffle.partitions"), "the cluster's own default");
        assertEquals("true", r.get(SparkSettings.OPTIMIZE_WRITE).value(), "one write, files of a useful size");
        assertEquals("true", r.get(SparkSettings.COALESCE_CACHED).value(), "AQE may coalesce persisted rows");
        assertEquals(new SparkSettings.Value("yarn", SparkSettings.FROM_SUBMIT), r.get("spark.master"));
    }

    @Test
    void aSetFlagWinsOverSparkSubmitAndTheClustersExtensionsKeepDelta() {
        Map<String, SparkSettings.Value> r = SparkSettings.resolve(
                settings(Map.of("spark.sql.shuffle.partitions", "4")),
                Map.of("spark.sql.shuffle.partitions", "400", "spark.sql.extensions", "com.example.Ext"), Map.of());
        assertEquals(new SparkSettings.Value("4", Settings.FROM_FLAG), r.get("spark.sql.shuffle.partitions"));
        assertEquals(SparkSettings.DELTA_EXTENSION + ",com.example.Ext", r.get("spark.sql.extensions").value());
    }

    @Test
    void aCredentialProviderInTheClustersCoreSiteIsNotReplaced() {
        String key = "spark.hadoop.fs.s3a.aws.credentials.provider";
        Map<String, SparkSettings.Value> r = SparkSettings.resolve(settings(Map.of()), Map.of(),
                Map.of(key, "com.example.SiteCredentials"));
        assertFalse(r.containsKey(key), "left to core-site.xml");
        assertTrue(r.containsKey("spark.hadoop.fs.s3a.retry.limit"), "other s3a defaults are still filled in");
    }

    private static Settings settings(Map<String, String> flags) {
        Map<String, String> o = new LinkedHashMap<>(flags);
        o.put(Settings.MASTER, "local[2]");
        return Settings.resolve(null, Map.of(), o);
    }
}
