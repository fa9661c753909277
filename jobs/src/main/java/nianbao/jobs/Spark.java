package nianbao.jobs;

import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** Builds the SparkSession every job uses: Delta enabled, quiet, and the {@code spark.*} settings applied. */
public final class Spark {
    /**
     * s3a defaults, each overridable with {@code spark.hadoop.fs.s3a.*} in a conf file or {@code --set}:
     * <ul>
     *   <li>credentials: keys from conf ({@code fs.s3a.access.key}/{@code secret.key}, with a session token if
     *   given), else the AWS SDK's default chain: environment, system properties, profile, web identity (IRSA, via
     *   the {@code sts} module), container and instance roles.</li>
     *   <li>the classic input stream without a required version/ETag: hadoop-aws 3.5's default stream fails on
     *   S3-compatible stores whose objects lack an ETag ("etag is marked non-null but is null").</li>
     *   <li>fail fast: a wrong endpoint, wrong credentials or a missing bucket end the run within a minute with one
     *   error instead of ~350 s of retries (5 s to connect, 2 SDK attempts, 2 s3a retries 500 ms apart).</li>
     * </ul>
     * Endpoint, region and path-style access are plain s3a keys: {@code spark.hadoop.fs.s3a.endpoint},
     * {@code .endpoint.region}, {@code .path.style.access}.
     */
    static final Map<String, String> S3_DEFAULTS = Map.of(
            "spark.hadoop.fs.s3a.aws.credentials.provider", String.join(",",
                    "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider",
                    "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider",
                    "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider"),
            "spark.hadoop.fs.s3a.input.stream.type", "classic",
            "spark.hadoop.fs.s3a.change.detection.version.required", "false",
            // Hadoop raises anything below 15 s to 15 s, with a WARN on every run
            "spark.hadoop.fs.s3a.connection.establish.timeout", "15s",
            "spark.hadoop.fs.s3a.attempts.maximum", "2",
            "spark.hadoop.fs.s3a.retry.limit", "2",
            "spark.hadoop.fs.s3a.retry.interval", "500ms");

    static final String SESSION_WAREHOUSE = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
            "nianbao-spark-warehouse-" + System.getProperty("user.name", "user")).toUri().toString();

    private Spark() {
    }

    /**
     * A session with the settings {@link SparkSettings} resolves: what spark-submit, spark-defaults.conf or the
     * cluster's Hadoop configuration set is kept; nianbao fills in only what is missing.
     */
    public static SparkSession session(Settings s) {
        SparkSession.Builder b = SparkSession.builder();
        Map<String, SparkSettings.Value> resolved =
                SparkSettings.resolve(s, SparkSettings.submitted(), SparkSettings.hadoopSite());
        resolved.forEach((k, v) -> b.config(k, v.value()));
        SparkSettings.Value scratch = resolved.get(SparkSettings.LOCAL_DIR);
        if (scratch != null && scratch.origin().equals(Settings.FROM_DEFAULT)) {
            ScratchDir.prepare(java.nio.file.Path.of(scratch.value()));
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
