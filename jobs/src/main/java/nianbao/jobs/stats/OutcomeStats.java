package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.posexplode_outer;
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
    /** Row 一's applicant columns, in form order (index 0..5; the last section-三 column, 总计, left out). */
    static final List<String> APPLICANTS = Warehouse.SECTION3_COLUMNS.subList(0, Warehouse.SECTION3_COLUMNS.size() - 1);

    /** The result category of a section-三 row key: its (form-independent) prefix. */
    static final String CATEGORY = "CASE WHEN key IN ('disclosed', 'partly_disclosed') THEN key "
            + "WHEN key LIKE 'withheld%' THEN 'withheld' WHEN key LIKE 'unavailable%' THEN 'unavailable' "
            + "WHEN key LIKE 'not_processed%' THEN 'not_processed' WHEN key LIKE 'other%' THEN 'other' "
            + "ELSE 'unclassified' END";

    private OutcomeStats() {
    }

    /**
     * The outcome statistics of the kept copies' cell tables ({@code year, level, full}). Section 三 is read once:
     * every report becomes a handful of facts, which are counted in one aggregation; the result categories and their
     * denominators are then added up from those small counts.
     */
    public static Dataset<Row> of(Dataset<Row> tables) {
        return fromCounts(counts(tables));
    }

    /**
     * The facts of {@link #of(Dataset)} counted per {@code year, level, measure_group, measure}: a small table that
     * {@link #fromCounts} reads three times, so worth caching (else section 三 would be read three times).
     */
    public static Dataset<Row> counts(Dataset<Row> tables) {
        return facts(tables).groupBy("year", "level", "measure_group", "measure").agg(
                count(col("value")).as("reports"), sum("value").as("value"), sum("base").as("base"));
    }

    /** stats_outcomes from {@link #counts}. */
    public static Dataset<Row> fromCounts(Dataset<Row> counted) {
        Dataset<Row> rows = counted.filter(col("measure_group").isin("applicant", "carried", "result"));
        return rows.union(categories(counted))
                .withColumn("share", when(col("base").gt(0).and(col("value").isNotNull()),
                        col("value").cast("double").divide(col("base"))))
                .select("year", "level", "measure_group", "measure", "reports", "value", "base", "share");
    }

    /**
     * One row per report and fact ({@code year, level, measure_group, measure, value, base}), from one explode of
     * section 三 (a generator, so no per-element interpreted lambdas):
     * <ul>
     *   <li>{@code result}, per row （一）…（六） of a report whose （七）总计 is known: its 总计, base （七）总计;</li>
     *   <li>{@code known}, per report whose （七）总计 is known: value and base （七）总计 (the categories' base);</li>
     *   <li>{@code applicant}, per column of row 一 when its 总计 is known: the cell, base row 一's 总计;</li>
     *   <li>{@code carried}, twice per report (on its first row, or on the empty map's null row): rows 二 and 四's
     *       总计, no base.</li>
     * </ul>
     */
    private static Dataset<Row> facts(Dataset<Row> tables) {
        Dataset<Row> rows = tables.filter(col("full.section3").isNotNull())
                .select(col("year"), col("level"),
                        expr("try_element_at(try_element_at(full.section3, 'total'), 7)").as("total"),
                        expr("try_element_at(try_element_at(full.section3, 'carried'), 7)").as("carried"),
                        expr("try_element_at(try_element_at(full.section3, 'carried_next'), 7)").as("carried_next"),
                        posexplode_outer(col("full.section3")).as(new String[]{"pos", "key", "cells"}));
        Column first = coalesce(col("pos"), lit(0)).equalTo(0);
        Column newTotal = expr("try_element_at(cells, 7)");
        Column isResult = not(col("key").isin(NOT_RESULTS.toArray())).and(col("total").isNotNull());
        Column facts = concat(
                when(isResult, array(fact("result", col("key"), newTotal, col("total")))).otherwise(none()),
                when(col("key").equalTo("total").and(col("total").isNotNull()),
                        array(fact("known", lit(""), col("total"), col("total")))).otherwise(none()),
                when(col("key").equalTo("new").and(newTotal.isNotNull()), applicants()).otherwise(none()),
                when(first, array(fact("carried", lit("carried"), col("carried"), lit(null)),
                        fact("carried", lit("carried_next"), col("carried_next"), lit(null)))).otherwise(none()));
        return rows.select(col("year"), col("level"), explode(facts).as("f"))
                .select(col("year"), col("level"), col("f.measure_group"), col("f.measure"), col("f.value"),
                        col("f.base"));
    }

    /** Row 一's facts (its {@code cells}): each applicant column, and the five 法人 kinds added; base its 总计. */
    private static Column applicants() {
        Column base = expr("try_element_at(cells, 7)");
        Column[] facts = new Column[APPLICANTS.size() + 1];
        for (int i = 0; i < APPLICANTS.size(); i++) {
            facts[i] = fact("applicant", lit(APPLICANTS.get(i)), expr("try_element_at(cells, " + (i + 1) + ")"), base);
        }
        facts[APPLICANTS.size()] = fact("applicant", lit("legal_person_all"), expr(
                "try_element_at(cells, 2) + try_element_at(cells, 3) + try_element_at(cells, 4) "
                        + "+ try_element_at(cells, 5) + try_element_at(cells, 6)"), base);
        return array(facts);
    }

    private static Column fact(String group, Column measure, Column value, Column base) {
        return struct(lit(group).as("measure_group"), measure.as("measure"), value.cast("bigint").as("value"),
                base.cast("bigint").as("base"));
    }

    private static Column none() {
        return array().cast("array<struct<measure_group:string,measure:string,value:bigint,base:bigint>>");
    }

    /**
     * Result categories: the rows' sums added up by category; reports and base are those of every report whose
     * （七）总计 is known ({@code known}) — every form has all six categories.
     */
    private static Dataset<Row> categories(Dataset<Row> counted) {
        Dataset<Row> perCategory = counted.filter(col("measure_group").equalTo("result"))
                .withColumn("key", col("measure")).withColumn("category", expr(CATEGORY))
                .groupBy("year", "level", "category").agg(sum("value").as("value"));
        Dataset<Row> denominators = counted.filter(col("measure_group").equalTo("known"))
                .select(col("year"), col("level"), col("reports"), col("base"));
        return perCategory.join(denominators, new String[]{"year", "level"}, "inner")
                .select(col("year"), col("level"), lit("result_category").as("measure_group"),
                        col("category").as("measure"), col("reports"), col("value"), col("base"));
    }
}
