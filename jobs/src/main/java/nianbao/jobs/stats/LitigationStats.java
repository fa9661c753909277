package nianbao.jobs.stats;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
    static final String[] COLUMNS = {"kept", "corrected", "other", "pending", "total"};

    private LitigationStats() {
    }

    public static Dataset<Row> of(Dataset<Row> bodies) {
        Dataset<Row> blocks = bodies.filter(col("full.section4").isNotNull())
                .select(col("year"), col("level"), explode(col("full.section4")).as(new String[]{"block", "cells"}));
        for (int i = 0; i < COLUMNS.length; i++) {
            blocks = blocks.withColumn(COLUMNS[i], expr("try_element_at(cells, " + (i + 1) + ")"));
        }
        Column both = col("corrected").isNotNull().and(col("total").isNotNull());
        Dataset<Row> g = blocks.groupBy("year", "level", "block").agg(
                count(col("total")).as("reports"),
                sum("kept").as("kept"), sum("corrected").as("corrected"), sum("other").as("other"),
                sum("pending").as("pending"), sum("total").as("total"),
                sum(when(both, col("corrected"))).as("share_numerator"),
                sum(when(both, col("total"))).as("share_denominator"));
        return g.select(col("year"), col("level"), col("block"), col("reports"), col("kept"), col("corrected"),
                col("other"), col("pending"), col("total"),
                when(col("share_denominator").gt(0), col("share_numerator").cast("double")
                        .divide(col("share_denominator"))).as("corrected_share"));
    }
}
