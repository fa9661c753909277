package nianbao.jobs.stats;

import nianbao.jobs.ReportRows;
import nianbao.model.Flags;
import nianbao.model.Report;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

/**
 * Turns the {@code reports} table into one row per reporting body and year — the population every statistic counts
 * (docs/statistics.md, "Before counting"): current reports only, parse failures and year-less reports left out,
 * mirror / Traditional-script / re-posted copies collapsed into the best copy, and copy-pasted years flagged.
 */
public final class Bodies {
    /** A gov.cn source: the source URL's host ends with gov.cn, or a path segment is a gov.cn host (mirrored crawls). */
    static final String GOV_CN_URL = "(?i)^[a-z][a-z0-9+.-]*://([^/?#@]*@)?([a-z0-9-]+\\.)*gov\\.cn(:[0-9]+)?([/?#].*)?$";
    static final String GOV_CN_PATH = "(?i)(^|/|://)([a-z0-9-]+\\.)+gov\\.cn(:[0-9]+)?(/|$)";

    private static final UserDefinedFunction NORMALIZE = org.apache.spark.sql.functions.udf(
            (UDF2<String, Boolean, String>) BodyKeys::normalize, DataTypes.StringType);

    private Bodies() {
    }

    /** Current reports only: {@code is_current} true (or null); a table without the column is all current. */
    public static Dataset<Row> current(Dataset<Row> reports) {
        if (!Arrays.asList(reports.columns()).contains(ReportRows.IS_CURRENT)) return reports;
        return reports.filter(coalesce(col(ReportRows.IS_CURRENT), lit(true)));
    }

    /** Reports that can be counted: parsed without error and with a report year. */
    public static Dataset<Row> countable(Dataset<Row> current) {
        return current.filter(col("error").isNull().and(col("report_year").isNotNull()));
    }

    /**
     * Every countable report on one narrow row (no cell tables), marked {@code kept} when it is its body-year's best
     * copy, with {@code copies} and {@code copy_paste}: the one pass over {@code reports} that deduplication needs.
     * {@link #kept} turns it into the bodies, {@link #dropped} into the copies left out.
     */
    public static Dataset<Row> ranked(Dataset<Row> reports) {
        // The tables' keys as ingest wrote them; computed here from `full` only for rows written before ingest did.
        boolean written = hasTableKeys(reports);
        Dataset<Row> r = countable(current(reports))
                .withColumn("name", NORMALIZE.apply(col("agency"),
                        coalesce(array_contains(col("flags"), Flags.TRADITIONAL_SCRIPT), lit(false))))
                .withColumn("known_headline", knownHeadline())
                .withColumn("gov_cn", govCn())
                .withColumn("body_key", bodyKey())
                .withColumn("tables_signature", written ? col(ReportRows.TABLES_SIGNATURE)
                        : ReportRows.tablesSignature(col("full")))
                .withColumn("informative", written ? col(ReportRows.TABLES_INFORMATIVE)
                        : ReportRows.tablesInformative(col("full")))
                // Copies are ranked on narrow rows; the cell tables are read for the kept copies only (tables()).
                .drop("full")
                // One shuffle for both windows below: rows hashed by body alone are also clustered by body and year.
                .repartition(col("body_key"));
        // Both functions over one ordering, so the copies are sorted once.
        WindowSpec copiesOf = Window.partitionBy("body_key", "report_year").orderBy(
                col("known_headline").desc(), col("gov_cn").desc(), col("sha256").asc_nulls_last());
        Dataset<Row> ranked = r
                .withColumn("copies", count(lit(1)).over(copiesOf.rowsBetween(Window.unboundedPreceding(),
                        Window.unboundedFollowing())))
                .withColumn("kept", row_number().over(copiesOf).equalTo(1));
        // The kept copy of the previous year: at most one row a year is kept, so the frame yields one signature.
        WindowSpec previousYear = Window.partitionBy("body_key").orderBy("report_year").rangeBetween(-1, -1);
        Column previousSignature = first(when(col("kept"), col("tables_signature")), true).over(previousYear);
        return ranked.withColumn("copy_paste", coalesce(col("informative")
                        .and(previousSignature.equalTo(col("tables_signature"))), lit(false)))
                .select(columns());
    }

    /** One row per body and year (the kept copies of {@link #ranked}); columns in docs/statistics.md. */
    public static Dataset<Row> kept(Dataset<Row> ranked) {
        return ranked.filter(col("kept")).drop("kept");
    }

    /** The sha256 of the copies deduplication left out (usually few: mirrors and re-posts). */
    public static Dataset<Row> dropped(Dataset<Row> ranked) {
        return ranked.filter(not(col("kept"))).select("sha256");
    }

    /**
     * One section of the kept copies' cell tables, as {@code full.<section>}, with their year and level: the input of
     * the outcome (section3) and litigation (section4) statistics. Read as the countable reports minus the dropped
     * copies, so the wide cells are never shuffled (the dropped sha256 are broadcast to the tasks when
     * {@code broadcastDropped}), and only the one section is read. Relies on the reports table holding one row per
     * sha256 (the ingest contract).
     */
    public static Dataset<Row> tables(Dataset<Row> reports, Dataset<Row> dropped, boolean broadcastDropped,
                                      String section) {
        Dataset<Row> d = dropped.select(col("sha256").as("dropped_sha256"));
        if (broadcastDropped) d = broadcast(d);
        // The section is picked before the join: a nested field picked after it is not pruned from the scan.
        return countable(current(reports))
                .filter(col("sha256").isNotNull())
                .select(col("sha256"), col("report_year").as("year"),
                        coalesce(col("level"), lit("unknown")).as("level"),
                        struct(col("full." + section).as(section)).as("full"))
                .join(d, col("sha256").equalTo(col("dropped_sha256")), "left_anti")
                .drop("sha256");
    }

    /**
     * Whether every report row carries the table keys ingest computes ({@link ReportRows#withTableKeys}): true unless
     * the table predates them (the column is missing, or null on rows merged before it was added). One scan of two
     * small columns, so that the wide {@code full} column is not read at all when it is true.
     */
    static boolean hasTableKeys(Dataset<Row> reports) {
        List<String> columns = Arrays.asList(reports.columns());
        if (!columns.contains(ReportRows.TABLES_SIGNATURE) || !columns.contains(ReportRows.TABLES_INFORMATIVE)) return false;
        return reports.filter(col(ReportRows.TABLES_SIGNATURE).isNull().or(col(ReportRows.TABLES_INFORMATIVE).isNull()))
                .limit(1).count() == 0;
    }

    /** The bodies' columns (docs/statistics.md), then what the other statistics read, and {@code kept}. */
    private static Column[] columns() {
        List<Column> c = new ArrayList<>(List.of(col("body_key"), col("report_year").as("year"),
                coalesce(col("level"), lit("unknown")).as("level"), col("province"), col("prefecture"),
                col("county"), col("place_code"), col("agency"), coalesce(col("is_department"), lit(false))
                        .as("is_department"), col("sha256"), col("path"), col("source_url"), col("gov_cn"),
                col("copies"), col("known_headline")));
        for (String k : Report.HEADLINE_KEYS) c.add(col(k));
        c.add(col("procurement_amount_raw"));
        Column unknownUnit = col("procurement_amount_yuan").isNull().and(
                trim(coalesce(col("procurement_amount_raw"), lit(""))).notEqual("")
                        .or(coalesce(array_contains(col("flags"), Flags.PROCUREMENT_UNIT_UNKNOWN), lit(false))));
        c.add(unknownUnit.as("procurement_unit_unknown"));
        c.add(when(unknownUnit, expr("try_cast(regexp_replace(procurement_amount_raw, '[,，\\\\s]', '') "
                + "AS DECIMAL(24,4))")).as("procurement_raw_number"));
        c.addAll(List.of(col("informative"), col("copy_paste"), col("tables_signature"), col("checks"),
                col("flags"), col("kept")));
        return c.toArray(Column[]::new);
    }

    private static Column knownHeadline() {
        Column n = lit(0);
        for (String k : Report.HEADLINE_KEYS) n = n.plus(when(col(k).isNotNull(), 1).otherwise(0));
        return n;
    }

    private static Column govCn() {
        return coalesce(col("source_url").rlike(GOV_CN_URL), lit(false))
                .or(coalesce(col("path").rlike(GOV_CN_PATH), lit(false)));
    }

    /**
     * Place code when the gazetteer placed the report; else province, level and normalised name; else the content
     * hash (an unnamed, unplaced report is its own body). A department adds its own normalised name.
     */
    private static Column bodyKey() {
        Column government = coalesce(
                concat(lit("place:"), col("place_code")),
                concat(lit("name:"), coalesce(col("province"), lit("")), lit("|"),
                        coalesce(col("level"), lit("")), lit("|"), col("name")),
                concat(lit("sha:"), col("sha256")));
        Column department = concat(government, lit("#dept:"),
                coalesce(col("name"), concat(lit("sha:"), col("sha256"))));
        return when(coalesce(col("is_department"), lit(false)), department).otherwise(government);
    }
}
