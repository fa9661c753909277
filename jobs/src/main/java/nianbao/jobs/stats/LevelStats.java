package nianbao.jobs.stats;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * The headline statistics per group of bodies (stats_by_level, stats_by_province, stats_by_body_type): zero-request
 * rate with its Wilson interval, and procurement with unknown-unit amounts kept apart as 元 / 万元 bounds.
 * Definitions in docs/statistics.md.
 */
public final class LevelStats {
    /** 2022 national 政府集中采购 (Ministry of Finance): 7,676.8亿元, the ceiling any sum must stay under. */
    public static final BigDecimal NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN = new BigDecimal("767680000000");

    static final String MONEY = "DECIMAL(38,4)";

    private LevelStats() {
    }

    /** The headline statistics grouped by {@code groupBy} (columns of the bodies table, e.g. year, level). */
    public static Dataset<Row> by(Dataset<Row> bodies, List<String> groupBy) {
        Column unknownUnit = col("procurement_unit_unknown");
        Dataset<Row> g = bodies.groupBy(groupBy.stream().map(c -> col(c)).toArray(Column[]::new)).agg(
                count(lit(1)).as("reports"),
                count(col("apps_new_total")).as("apps_known_reports"),
                count(when(col("apps_new_total").equalTo(0), 1)).as("zero_request_reports"),
                sum("procurement_projects").as("procurement_projects"),
                sum("procurement_amount_yuan").cast(MONEY).as("procurement_amount_yuan"),
                count(when(col("procurement_projects").isNotNull().or(col("procurement_amount_yuan").isNotNull())
                        .or(trim(col("procurement_amount_raw")).notEqual("")), 1)).as("procurement_reports"),
                count(col("procurement_amount_yuan")).as("procurement_amount_reports"),
                count(when(unknownUnit, 1)).as("procurement_unit_unknown_reports"),
                sum(when(unknownUnit, col("procurement_raw_number"))).cast(MONEY)
                        .as("procurement_unknown_low_yuan"),
                sum(when(unknownUnit, col("procurement_raw_number").multiply(10000))).cast(MONEY)
                        .as("procurement_unknown_high_yuan"),
                sum(col("copies").minus(1)).as("copies_collapsed"),
                count(when(col("copy_paste"), 1)).as("copy_paste_reports"));
        List<Column> out = new ArrayList<>();
        for (String c : groupBy) out.add(col(c));
        Column known = col("apps_known_reports");
        Column zero = col("zero_request_reports");
        out.addAll(List.of(col("reports"), known, zero,
                when(known.gt(0), zero.cast("double").divide(known)).as("zero_request_rate"),
                Wilson.low(zero, known).as("zero_request_ci_low"), Wilson.high(zero, known).as("zero_request_ci_high"),
                col("procurement_projects"), col("procurement_amount_yuan"), col("procurement_reports"),
                col("procurement_amount_reports"), col("procurement_unit_unknown_reports"),
                col("procurement_unknown_low_yuan"), col("procurement_unknown_high_yuan"), col("copies_collapsed"),
                col("copy_paste_reports")));
        return g.select(out.toArray(Column[]::new));
    }

    /**
     * stats_procurement: the procurement columns by year and level only for reports on the 2019 form's item, with the
     * national ceiling beside every row. Levels are never summed: a government's figure may include its departments'.
     */
    public static Dataset<Row> procurement(Dataset<Row> byLevel) {
        Column ceiling = lit(NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN).cast(MONEY);
        return byLevel.filter(col("procurement_reports").gt(0)).select(col("year"), col("level"),
                col("procurement_reports"), col("procurement_projects"), col("procurement_amount_reports"),
                col("procurement_amount_yuan"), col("procurement_unit_unknown_reports"),
                col("procurement_unknown_low_yuan"), col("procurement_unknown_high_yuan"),
                ceiling.as("national_ceiling_yuan"),
                col("procurement_amount_yuan").cast("double").divide(ceiling.cast("double"))
                        .as("amount_share_of_ceiling"));
    }
}
