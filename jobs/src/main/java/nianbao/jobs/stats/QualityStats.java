package nianbao.jobs.stats;

import nianbao.model.Report;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * stats_quality: how far the counted reports can be trusted, by year and level — coverage against the number of
 * governments at the level, 勾稽 pass rate, share of headline values unknown, copies collapsed, copy-paste years, and
 * parse errors among the current reports.
 */
public final class QualityStats {
    /** Check rules that are the 勾稽 rule (row 一 + 二 = （七） + 四), whatever column they name. */
    static final String BALANCE_RULE = "(?i)(勾稽|gouji|balance)";

    private QualityStats() {
    }

    /**
     * @param current     the current reports (before dedup, with parse failures)
     * @param bodies      one row per body and year
     * @param governments number of governments per level (empty until the gazetteer provides the counts)
     */
    public static Dataset<Row> of(SparkSession spark, Dataset<Row> current, Dataset<Row> bodies,
                                  Map<String, Long> governments) {
        Dataset<Row> raw = current.groupBy(col("report_year").as("year"),
                        coalesce(col("level"), lit("unknown")).as("level"))
                .agg(count(lit(1)).as("current_reports"), count(col("error")).as("parse_errors"));
        String rules = "filter(checks, c -> c.rule RLIKE '" + BALANCE_RULE + "')";
        Column assessed = expr("exists(" + rules + ", c -> c.outcome IN ('PASS', 'FAIL'))");
        Column failed = expr("exists(" + rules + ", c -> c.outcome = 'FAIL')");
        Dataset<Row> counted = bodies.groupBy("year", "level").agg(
                count(lit(1)).as("reports"),
                count(when(not(col("is_department")), 1)).as("government_reports"),
                count(when(col("is_department"), 1)).as("department_reports"),
                count(when(assessed, 1)).as("balance_assessed_reports"),
                count(when(assessed.and(not(failed)), 1)).as("balance_pass_reports"),
                sum(lit(Report.HEADLINE_KEYS.size()).minus(col("known_headline"))).as("headline_values_unknown"),
                sum(col("copies").minus(1)).as("copies_collapsed"),
                count(when(col("copy_paste"), 1)).as("copy_paste_reports"));
        Dataset<Row> joined = raw.join(counted, raw.col("year").eqNullSafe(counted.col("year"))
                        .and(raw.col("level").equalTo(counted.col("level"))), "full_outer")
                .select(coalesce(raw.col("year"), counted.col("year")).as("year"),
                        coalesce(raw.col("level"), counted.col("level")).as("level"),
                        coalesce(col("current_reports"), lit(0L)).as("current_reports"),
                        coalesce(col("parse_errors"), lit(0L)).as("parse_errors"),
                        coalesce(col("reports"), lit(0L)).as("reports"),
                        coalesce(col("government_reports"), lit(0L)).as("government_reports"),
                        coalesce(col("department_reports"), lit(0L)).as("department_reports"),
                        coalesce(col("balance_assessed_reports"), lit(0L)).as("balance_assessed_reports"),
                        coalesce(col("balance_pass_reports"), lit(0L)).as("balance_pass_reports"),
                        coalesce(col("headline_values_unknown"), lit(0L)).as("headline_values_unknown"),
                        coalesce(col("copies_collapsed"), lit(0L)).as("copies_collapsed"),
                        coalesce(col("copy_paste_reports"), lit(0L)).as("copy_paste_reports"));
        Dataset<Row> g = joined.join(governmentCounts(spark, governments), "level", "left");
        long headline = Report.HEADLINE_KEYS.size();
        return g.select(col("year"), col("level"), col("current_reports"), col("parse_errors"), col("reports"),
                col("government_reports"), col("governments"),
                when(col("governments").gt(0), col("government_reports").cast("double").divide(col("governments")))
                        .as("coverage"),
                col("department_reports"), col("balance_assessed_reports"), col("balance_pass_reports"),
                when(col("balance_assessed_reports").gt(0), col("balance_pass_reports").cast("double")
                        .divide(col("balance_assessed_reports"))).as("balance_pass_rate"),
                when(col("reports").gt(0), col("headline_values_unknown").cast("double")
                        .divide(col("reports").multiply(headline))).as("headline_unknown_share"),
                col("copies_collapsed"), col("copy_paste_reports"));
    }

    private static Dataset<Row> governmentCounts(SparkSession spark, Map<String, Long> governments) {
        StructType schema = new StructType().add("level", DataTypes.StringType).add("governments", DataTypes.LongType);
        List<Row> rows = governments.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
        return spark.createDataFrame(rows, schema);
    }
}
