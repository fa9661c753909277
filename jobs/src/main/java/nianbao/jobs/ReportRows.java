package nianbao.jobs;

import nianbao.model.Json;
import nianbao.model.Report;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

/**
 * {@link Report} objects as rows of the {@code reports} table: each report goes through its contract JSON line and
 * {@code from_json} with {@link Warehouse#REPORT_SCHEMA}, so the columns are exactly what {@code parse} prints and
 * nothing is mapped by hand. Used by ingest's driver-side paths and by tests that need a {@code reports} table.
 */
public final class ReportRows {
    public static final String RUN_ID = "run_id";
    public static final String IS_CURRENT = "is_current";
    public static final String INGESTED_AT = "ingested_at";

    private ReportRows() {
    }

    /** The reports as rows with the {@link Warehouse#REPORT_SCHEMA} columns, in contract order. */
    public static Dataset<Row> of(SparkSession spark, List<Report> reports) {
        List<String> lines = reports.stream().map(Json::line).toList();
        return fromJsonLines(spark.createDataset(lines, Encoders.STRING()).toDF("value"), col("value"));
    }

    /** Parses a column of report JSON lines (the {@code parse} output) into the report columns. */
    public static Dataset<Row> fromJsonLines(Dataset<Row> df, Column jsonLine) {
        return df.select(from_json(jsonLine, Warehouse.REPORT_SCHEMA).as("r")).select("r.*");
    }

    /** Adds the ingest bookkeeping columns: {@code run_id}, {@code is_current}, {@code ingested_at}. */
    public static Dataset<Row> withIngestColumns(Dataset<Row> reports, String runId, boolean current, Instant at) {
        return reports.withColumn(RUN_ID, lit(runId))
                .withColumn(IS_CURRENT, lit(current))
                .withColumn(INGESTED_AT, lit(Timestamp.from(at)));
    }
}
