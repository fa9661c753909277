package nianbao.jobs.ingest;

import nianbao.jobs.ReportRows;
import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.when;

/**
 * Writes {@code reports} (one row per content, keyed by sha256) and {@code report_cells} (the long form of
 * {@code full}). The report JSON from the executors is read by {@link ReportRows#fromJsonLines}, so the columns are
 * the parse contract's, named once, plus the table keys computed from them.
 */
final class ReportMerge {
    private ReportMerge() {
    }

    /**
     * The parsed rows, one per content: the same bytes seen at two paths in one run may read differently (a report
     * under a lying extension is refused), so the row without error wins, then the first path — never a coin toss.
     */
    static Dataset<Row> onePerContent(Dataset<Row> staged) {
        org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window.partitionBy("sha256")
                .orderBy(col("error").isNotNull(), col("path"));
        return staged.filter(col("status").equalTo(DocumentTask.PARSED))
                .withColumn("_pick", org.apache.spark.sql.functions.row_number().over(w))
                .filter(col("_pick").equalTo(1)).drop("_pick");
    }

    /** The staged rows that carry a report, one per sha256, as report columns plus {@code run_id}. */
    static Dataset<Row> reports(Dataset<Row> staged, String runId) {
        Dataset<Row> parsed = onePerContent(staged);
        return ReportRows.fromJsonLines(parsed, col("report")).withColumn("run_id", lit(runId));
    }

    /**
     * One MERGE per run into {@code reports}: inserts the new reports (with {@code is_current} from the documents'
     * state) and flips {@code is_current} of existing reports whose content gained or lost its last current path.
     * Schema evolution is on: columns a newer parser adds to the contract are added to the table.
     *
     * @param state   changed documents: sha256, is_current (unique by sha256)
     * @param reports new reports from {@link #reports} (unique by sha256)
     */
    static void mergeReports(SparkSession spark, Warehouse wh, Dataset<Row> state, Dataset<Row> reports) {
        Dataset<Row> source = state.select("sha256", "is_current").join(reports, "sha256", "left");
        wh.table(spark, Warehouse.REPORTS).as("t")
                .merge(source.as("s"), "t.sha256 = s.sha256")
                .whenMatched("t.is_current IS DISTINCT FROM s.is_current")
                .update(Map.of("is_current", col("s.is_current")))
                .whenNotMatched("s.run_id IS NOT NULL").insertAll()
                .withSchemaEvolution()
                .execute();
    }

    /**
     * The first reports of an empty table: what {@link #mergeReports} would insert (every new report, with
     * {@code is_current} from the documents' state), as one plain append, without the MERGE's scans of the target.
     */
    static void appendReports(Warehouse wh, Dataset<Row> state, Dataset<Row> reports) {
        state.select("sha256", "is_current").join(reports, "sha256")
                .write().format("delta").mode("append").option("mergeSchema", "true").save(wh.path(Warehouse.REPORTS));
    }

    /** Re-parsed reports replace the stored ones (same sha256); the old rows stay reachable by time travel. */
    static void replaceReports(SparkSession spark, Warehouse wh, Dataset<Row> reports) {
        wh.table(spark, Warehouse.REPORTS).as("t")
                .merge(reports.as("s"), "t.sha256 = s.sha256")
                .whenMatched().updateAll()
                .whenNotMatched().insertAll()
                .withSchemaEvolution()
                .execute();
    }

    /**
     * Every cell of {@code full} as a row: section2 item × column, section3 row × 7 columns, section4 block × 5
     * columns. {@code raw} is the value as the report JSON has it; {@code semantic} is ZERO / NUMERIC / TEXT from the
     * value, null when the cell is unknown (the JSON does not say whether it was blank or "/").
     */
    static Dataset<Row> cells(Dataset<Row> reports) {
        Dataset<Row> base = reports.select(col("sha256"), col("report_year"), col("full"), col("run_id"));
        Dataset<Row> s2 = base.select(col("sha256"), col("report_year"), col("run_id"),
                        explode(col("full.section2")).as(new String[]{"row_key", "cols"}))
                .select(col("sha256"), col("report_year"), col("run_id"), lit("section2").as("section"),
                        col("row_key"), explode(col("cols")).as(new String[]{"column_key", "raw"}));
        Dataset<Row> s3 = numeric(base, "section3", Warehouse.SECTION3_COLUMNS.toArray(String[]::new));
        Dataset<Row> s4 = numeric(base, "section4", Warehouse.SECTION4_COLUMNS.toArray(String[]::new));
        Dataset<Row> all = s2.unionByName(s3).unionByName(s4)
                .withColumn("value", col("raw").try_cast("decimal(24,4)"));
        Column semantic = when(col("raw").isNull(), lit(null).cast("string"))
                .when(col("value").isNull(), lit("TEXT"))
                .when(col("value").equalTo(0), lit("ZERO"))
                .otherwise(lit("NUMERIC"));
        return all.select(col("sha256"), col("report_year"), col("section"), col("row_key"), col("column_key"),
                col("value"), semantic.as("semantic"), col("raw"), col("run_id"));
    }

    private static Dataset<Row> numeric(Dataset<Row> base, String section, String[] columnKeys) {
        Column keys = array(java.util.Arrays.stream(columnKeys).map(k -> lit(k)).toArray(Column[]::new));
        return base.select(col("sha256"), col("report_year"), col("run_id"),
                        explode(col("full." + section)).as(new String[]{"row_key", "vals"}))
                .select(col("sha256"), col("report_year"), col("run_id"), col("row_key"),
                        posexplode(col("vals")).as(new String[]{"pos", "v"}))
                .select(col("sha256"), col("report_year"), col("run_id"), lit(section).as("section"),
                        col("row_key"), element_at(keys, col("pos").plus(1)).as("column_key"),
                        col("v").cast("string").as("raw"));
    }

    /**
     * Adds the cells of new reports. Cells are written per report, all at once, so "is this report's content already
     * in {@code report_cells}" is decided by sha256 alone: an anti-join on that one column, then an append, instead
     * of an insert-only MERGE keyed by all four cell keys. A repeated run — or a run after one that stopped between
     * the reports MERGE and this step — adds exactly the missing reports' cells. Into an empty table (a first run)
     * there is nothing to anti-join against, so the cells are appended as they are. No deduplication: the reports
     * are one per sha256 ({@link #onePerContent}) and a report's cell keys are map keys and array positions, unique
     * by construction.
     */
    static void appendCells(SparkSession spark, Warehouse wh, Dataset<Row> cells, boolean tableEmpty) {
        Dataset<Row> fresh = tableEmpty ? cells : cells.join(
                wh.read(spark, Warehouse.REPORT_CELLS).select("sha256").distinct(), "sha256", "left_anti");
        fresh.write().format("delta").mode("append").save(wh.path(Warehouse.REPORT_CELLS));
    }

    /** After a reparse: the cells of every report, replacing the table's content (older versions by time travel). */
    static void overwriteCells(Warehouse wh, Dataset<Row> cells) {
        cells.write().format("delta").mode("overwrite").save(wh.path(Warehouse.REPORT_CELLS));
    }
}
