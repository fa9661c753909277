package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * stats_litigation: section 四 by year, level and block (reconsideration, litigation_direct,
 * litigation_after_reconsideration): the five columns summed, and the corrected (纠正) share of 总计 over the reports
 * where both are known.
 */
public final class LitigationStats {
    /** Section 四's columns (维持, 纠正, 其他, 尚未审结, 总计), as the forms define them. */
    static final String[] COLUMNS = Warehouse.SECTION4_COLUMNS.toArray(String[]::new);

    private LitigationStats() {
    }

    public static Dataset<Row> of(Dataset<Row> bodies) {
        Dataset<Row> blocks = bodies.filter(col("full.section4").isNotNull())
                .select(col("year"), col("level"), explode(col("full.section4")).as(new String[]{"block", "cells"}));
        for (int i = 0; i < COLUMNS.length; i++) {
            blocks = blocks.withColumn(COLUMNS[i], expr("try_element_at(cells, " + (i + 1) + ")"));
        }
        Column both = col("corrected").isNotNull().and(col("total").isNotNull());
        List<Column> sums = new ArrayList<>();
        for (String c : COLUMNS) sums.add(sum(c).as(c));
        sums.add(sum(when(both, col("corrected"))).as("share_numerator"));
        sums.add(sum(when(both, col("total"))).as("share_denominator"));
        Dataset<Row> g = blocks.groupBy("year", "level", "block")
                .agg(count(col("total")).as("reports"), sums.toArray(Column[]::new));
        List<Column> out = new ArrayList<>(List.of(col("year"), col("level"), col("block"), col("reports")));
        for (String c : COLUMNS) out.add(col(c));
        out.add(when(col("share_denominator").gt(0), col("share_numerator").cast("double")
                .divide(col("share_denominator"))).as("corrected_share"));
        return g.select(out.toArray(Column[]::new));
    }
}
