package nianbao.jobs.ingest;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * The optional {@code --manifest FILE}: a CSV with the header {@code path,source_url,fetched_at} saying where each
 * file was fetched from. {@code path} is a full URI, an absolute local path, or a path relative to the input. The
 * source URL is handed to the parser (place and level evidence) and kept in {@code documents}.
 */
final class Manifest {
    static final List<String> COLUMNS = List.of("path", "source_url", "fetched_at");

    private Manifest() {
    }

    /** path (qualified like the listing), source_url, fetched_at; the last line wins for a path given twice. */
    static Dataset<Row> read(SparkSession spark, String manifest, String root) {
        Dataset<Row> m = spark.read().option("header", "true").option("mode", "FAILFAST").csv(manifest);
        if (!Arrays.asList(m.columns()).containsAll(COLUMNS.subList(0, 2))) {
            throw new IllegalArgumentException("manifest " + RunLog.redact(manifest) + " needs the header "
                    + String.join(",", COLUMNS) + ", found " + String.join(",", m.columns()));
        }
        if (!Arrays.asList(m.columns()).contains("fetched_at")) m = m.withColumn("fetched_at", lit(null).cast("string"));
        return m.filter(col("path").isNotNull())
                .withColumn("line", monotonically_increasing_id())
                .withColumn("path", when(col("path").rlike("^[a-zA-Z][a-zA-Z0-9+.-]*:"), col("path"))
                        .when(col("path").startsWith("/"), concat(lit("file:"), col("path")))
                        .otherwise(concat(lit(root + "/"), col("path"))))
                .groupBy("path")
                .agg(max_by(struct(col("source_url"), col("fetched_at")), col("line")).as("m"))
                .select(col("path"), col("m.source_url").as("source_url"), col("m.fetched_at").as("fetched_at"));
    }
}
