package nianbao.jobs.stats;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * stats_outcomes: what happened to the applications (section 三), by year and level, in long form — one row per
 * measure, so the 2021 form's split 其他处理 rows and any row key the parser adds appear without code changes.
 * <ul>
 *   <li>{@code result}: each row （一）…（六） by its key, share of （七）总计;</li>
 *   <li>{@code result_category}: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理 (sub-rows added);</li>
 *   <li>{@code applicant}: row 一's columns (自然人, the 法人 kinds, all 法人), share of row 一's 总计;</li>
 *   <li>{@code carried}: rows 二 上年结转 and 四 结转下年度 (counts only).</li>
 * </ul>
 * Only reports whose base total is known take part in a share; for a single row the denominator is the sum of that
 * base over the reports that have the row (a 2021-form report has no single 其他处理 row, a 2019-form one no split).
 */
public final class OutcomeStats {
    /** Section-三 rows that are not results. */
    static final List<String> NOT_RESULTS = List.of("new", "carried", "total", "carried_next");
    /** Row 一's columns, in form order (index 0..5; 6 is 总计). */
    static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research", "social_org",
            "legal_service", "other_org");

    /** The result category of a section-三 row key: its (form-independent) prefix. */
    static final String CATEGORY = "CASE WHEN key IN ('disclosed', 'partly_disclosed') THEN key "
            + "WHEN key LIKE 'withheld%' THEN 'withheld' WHEN key LIKE 'unavailable%' THEN 'unavailable' "
            + "WHEN key LIKE 'not_processed%' THEN 'not_processed' WHEN key LIKE 'other%' THEN 'other' "
            + "ELSE 'unclassified' END";

    private OutcomeStats() {
    }

    public static Dataset<Row> of(Dataset<Row> bodies) {
        Dataset<Row> b = bodies.filter(col("full.section3").isNotNull())
                .select(col("year"), col("level"), col("full.section3").as("s3"));
        Dataset<Row> facts = applicants(b).union(carried(b));
        Dataset<Row> counted = facts.groupBy("year", "level", "measure_group", "measure").agg(
                count(col("value")).as("reports"),
                sum("value").as("value"),
                sum(when(col("base").isNotNull(), col("base"))).as("base"));
        return counted.union(results(b))
                .withColumn("share", when(col("base").gt(0).and(col("value").isNotNull()),
                        col("value").cast("double").divide(col("base"))))
                .select("year", "level", "measure_group", "measure", "reports", "value", "base", "share");
    }

    /**
     * Rows （一）…（六） by key (base: （七）总计 of the reports that have the row) and by category (sub-rows' known
     * values added; base: （七）总计 of every report whose （七）总计 is known — every form has all six categories).
     */
    private static Dataset<Row> results(Dataset<Row> b) {
        Dataset<Row> known = b.withColumn("base", expr("try_element_at(try_element_at(s3, 'total'), 7)"))
                .filter(col("base").isNotNull());
        Dataset<Row> rows = known.select(col("year"), col("level"), col("base"),
                        explode(col("s3")).as(new String[]{"key", "cells"}))
                .filter(not(col("key").isin(NOT_RESULTS.toArray())))
                .select(col("year"), col("level"), col("base"), col("key"),
                        expr("try_element_at(cells, 7)").as("value"), expr(CATEGORY).as("category"));
        Dataset<Row> perRow = rows.groupBy("year", "level", "key").agg(count(col("value")).as("reports"),
                        sum("value").as("value"), sum("base").as("base"))
                .select(col("year"), col("level"), lit("result").as("measure_group"), col("key").as("measure"),
                        col("reports"), col("value"), col("base"));
        Dataset<Row> denominators = known.groupBy("year", "level")
                .agg(count(lit(1)).as("reports"), sum("base").as("base"));
        Dataset<Row> perCategory = rows.groupBy("year", "level", "category").agg(sum("value").as("value"))
                .join(denominators, new String[]{"year", "level"}, "inner")
                .select(col("year"), col("level"), lit("result_category").as("measure_group"),
                        col("category").as("measure"), col("reports"), col("value"), col("base"));
        return perRow.union(perCategory);
    }

    /** Row 一 by applicant column; base = row 一's 总计. */
    private static Dataset<Row> applicants(Dataset<Row> b) {
        Column cells = expr("try_element_at(s3, 'new')");
        Dataset<Row> n = b.withColumn("cells", cells).filter(col("cells").isNotNull())
                .withColumn("base", expr("try_element_at(cells, 7)")).filter(col("base").isNotNull());
        Column[] facts = new Column[APPLICANTS.size() + 1];
        for (int i = 0; i < APPLICANTS.size(); i++) {
            facts[i] = struct(lit(APPLICANTS.get(i)).as("measure"), expr("try_element_at(cells, " + (i + 1) + ")")
                    .as("value"));
        }
        facts[APPLICANTS.size()] = struct(lit("legal_person_all").as("measure"), expr(
                "try_element_at(cells, 2) + try_element_at(cells, 3) + try_element_at(cells, 4) "
                        + "+ try_element_at(cells, 5) + try_element_at(cells, 6)").as("value"));
        return n.select(col("year"), col("level"), col("base"), explode(org.apache.spark.sql.functions.array(facts))
                        .as("f"))
                .select(col("year"), col("level"), lit("applicant").as("measure_group"), col("f.measure"),
                        col("f.value"), col("base"));
    }

    /** Rows 二 and 四, 总计 column; no base. */
    private static Dataset<Row> carried(Dataset<Row> b) {
        return b.select(col("year"), col("level"), explode(org.apache.spark.sql.functions.array(
                        struct(lit("carried").as("measure"), expr("try_element_at(try_element_at(s3, 'carried'), 7)")
                                .as("value")),
                        struct(lit("carried_next").as("measure"),
                                expr("try_element_at(try_element_at(s3, 'carried_next'), 7)").as("value")))).as("f"))
                .select(col("year"), col("level"), lit("carried").as("measure_group"), col("f.measure"),
                        col("f.value"), lit(null).cast("bigint").as("base"));
    }
}
