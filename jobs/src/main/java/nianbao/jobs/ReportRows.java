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

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

/**
 * {@link Report} objects as rows of the {@code reports} table: each report goes through its contract JSON line and
 * {@code from_json} with {@link Warehouse#REPORT_SCHEMA}, so the columns are exactly what {@code parse} prints and
 * nothing is mapped by hand. Used by ingest and reparse (the executors' JSON lines) and by tests that need a
 * {@code reports} table.
 */
public final class ReportRows {
    public static final String RUN_ID = "run_id";
    public static final String IS_CURRENT = "is_current";
    public static final String INGESTED_AT = "ingested_at";
    /** A 64-bit hash of {@code full}'s JSON, as 16 hex digits: equal tables, equal signature (copy-paste detection). */
    public static final String TABLES_SIGNATURE = "tables_signature";
    /** Whether {@code full} holds any non-zero value (all-zero and all-unknown tables are never copy-paste). */
    public static final String TABLES_INFORMATIVE = "tables_informative";

    /**
     * A non-zero value in the tables' JSON (a count, an amount, or a raw amount string starting with a non-zero
     * number). Keys hold no digits after '[', ',' or ':'.
     */
    static final String NON_ZERO_VALUE = "[\\[,:]\"?-?(0*\\.0*[1-9]|0*[1-9])";

    private ReportRows() {
    }

    /** The reports as rows with the {@link Warehouse#REPORT_SCHEMA} columns, in contract order. */
    public static Dataset<Row> of(SparkSession spark, List<Report> reports) {
        List<String> lines = reports.stream().map(Json::line).toList();
        return fromJsonLines(spark.createDataset(lines, Encoders.STRING()).toDF("value"), col("value"));
    }

    /** Parses a column of report JSON lines (the {@code parse} output) into the report columns and the table keys. */
    public static Dataset<Row> fromJsonLines(Dataset<Row> df, Column jsonLine) {
        return withTableKeys(df.select(from_json(jsonLine, Warehouse.REPORT_SCHEMA).as("r")).select("r.*"));
    }

    /**
     * Adds {@link #TABLES_SIGNATURE} and {@link #TABLES_INFORMATIVE}, computed from {@code full} once, when a report
     * is written: the statistics compare every body's tables with its previous year's, and serialising {@code full}
     * of every report on every aggregation cost more than a tenth of it. Never null on a written row.
     */
    public static Dataset<Row> withTableKeys(Dataset<Row> reports) {
        return reports.withColumn(TABLES_SIGNATURE, tablesSignature(col("full")))
                .withColumn(TABLES_INFORMATIVE, tablesInformative(col("full")));
    }

    /** See {@link #TABLES_SIGNATURE}; also defined for null tables (a constant), so never null. */
    public static Column tablesSignature(Column full) {
        return lpad(hex(xxhash64(to_json(full))), 16, "0");
    }

    /** See {@link #TABLES_INFORMATIVE}; false for null tables. */
    public static Column tablesInformative(Column full) {
        return coalesce(to_json(full).rlike(NON_ZERO_VALUE), lit(false));
    }

    /** Adds the ingest bookkeeping columns: {@code run_id}, {@code is_current}, {@code ingested_at}. */
    public static Dataset<Row> withIngestColumns(Dataset<Row> reports, String runId, boolean current, Instant at) {
        return reports.withColumn(RUN_ID, lit(runId))
                .withColumn(IS_CURRENT, lit(current))
                .withColumn(INGESTED_AT, lit(Timestamp.from(at)));
    }
}
