package nianbao.jobs.stats;

import io.delta.tables.DeltaTable;
import nianbao.ReportParser;
import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

/**
 * What the gold tables were computed from, written as the {@code userMetadata} of each gold commit:
 * {@code reports@V parser P definitions D}, where V is the last version of {@code reports} that changed its data.
 * Table maintenance (OPTIMIZE, VACUUM) adds versions to {@code reports} without changing a row, so those versions do
 * not count: otherwise every nightly OPTIMIZE would make the next aggregate rewrite everything.
 */
final class SourceStamp {
    /** Operations that rewrite or remove files without changing the table's rows. */
    private static final List<String> NO_DATA_CHANGE = List.of("OPTIMIZE", "VACUUM START", "VACUUM END",
            "SET TBLPROPERTIES", "UNSET TBLPROPERTIES", "REORG");

    private SourceStamp() {
    }

    static String of(SparkSession spark, Warehouse wh, int definitions) {
        Row last = dataChanges(spark, wh, Warehouse.REPORTS).agg(max("version")).first();
        return "reports@" + (last.isNullAt(0) ? -1 : last.getLong(0)) + " parser " + ReportParser.VERSION
                + " definitions " + definitions;
    }

    /**
     * Whether every gold table exists and its last commit that wrote rows carries {@code stamp}. The nightly
     * maintenance OPTIMIZEs gold tables too (a cluster's shuffle writes many small files), and that commit has no
     * stamp.
     */
    static boolean goldIsFrom(SparkSession spark, Warehouse wh, String stamp) {
        for (String t : Warehouse.GOLD_TABLES) {
            if (!wh.exists(spark, t)) return false;
            List<Row> h = dataChanges(spark, wh, t).orderBy(col("version").desc()).select("userMetadata").limit(1)
                    .collectAsList();
            if (h.isEmpty() || h.get(0).isNullAt(0) || !h.get(0).getString(0).equals(stamp)) return false;
        }
        return true;
    }

    /** The table's history without the commits that change no row. */
    private static Dataset<Row> dataChanges(SparkSession spark, Warehouse wh, String table) {
        return DeltaTable.forPath(spark, wh.path(table)).history()
                .filter(col("operation").isin(NO_DATA_CHANGE.toArray()).unary_$bang());
    }
}
