package nianbao.jobs;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.List;

/**
 * Where every Delta table lives and what its columns are: the one place that names tables and columns. Tables are
 * Delta tables by path under the warehouse location (local folder or s3a:// prefix), documented in docs/tables.md.
 */
public final class Warehouse {
    public static final String DOCUMENTS = "documents";
    public static final String REPORTS = "reports";
    public static final String REPORT_CELLS = "report_cells";
    public static final String FAILURES = "failures";
    public static final String RUNS = "runs";
    public static final String STATS_BY_LEVEL = "stats_by_level";
    /** Gold tables written by {@code nianbao.jobs.stats.Aggregate}; columns in docs/statistics.md. */
    public static final String STATS_BODIES = "stats_bodies";
    public static final String STATS_BY_PROVINCE = "stats_by_province";
    public static final String STATS_BY_BODY_TYPE = "stats_by_body_type";
    public static final String STATS_PROCUREMENT = "stats_procurement";
    public static final String STATS_OUTCOMES = "stats_outcomes";
    public static final String STATS_LITIGATION = "stats_litigation";
    public static final String STATS_QUALITY = "stats_quality";
    /** Every gold table, in the order they are written and exported. */
    public static final List<String> GOLD_TABLES = List.of(STATS_BY_LEVEL, STATS_BY_PROVINCE, STATS_BY_BODY_TYPE,
            STATS_PROCUREMENT, STATS_OUTCOMES, STATS_LITIGATION, STATS_QUALITY, STATS_BODIES);

    /** The bronze/silver tables written by ingest. Gold tables (stats_*) are listed by the aggregation. */
    public static final List<String> INGEST_TABLES = List.of(DOCUMENTS, REPORTS, REPORT_CELLS, FAILURES, RUNS);

    /**
     * The columns of a parsed report, in the order and with the names of the `parse` JSON contract
     * (docs/parse-contract.md), so a report's JSON line is read into a row with {@code from_json} and nothing is
     * renamed on the way. {@code full} keeps section 二 values as strings (they mix counts, amounts and the raw
     * procurement text); sections 三 and 四 are arrays of counts.
     */
    public static final String REPORT_DDL = String.join(", ",
            "file STRING", "path STRING", "sha256 STRING", "format STRING", "template STRING", "agency STRING",
            "level STRING", "is_department BOOLEAN", "province STRING", "prefecture STRING", "county STRING",
            "place_code STRING", "place_evidence STRING", "report_year INT", "normative_docs_new BIGINT",
            "licensing_decisions BIGINT", "punishment_decisions BIGINT", "procurement_projects BIGINT",
            "procurement_amount_raw STRING", "procurement_unit STRING", "procurement_amount_yuan DECIMAL(24,4)",
            "apps_new_total BIGINT", "apps_carried_total BIGINT", "apps_results_total BIGINT",
            "apps_carried_next_total BIGINT", "apps_disclosed_total BIGINT", "reconsideration_total BIGINT",
            "litigation_direct_total BIGINT", "litigation_after_reconsideration_total BIGINT", "source_url STRING",
            "flags ARRAY<STRING>", "checks ARRAY<STRUCT<rule: STRING, outcome: STRING, detail: STRING>>",
            "full STRUCT<section2: MAP<STRING, MAP<STRING, STRING>>, section3: MAP<STRING, ARRAY<BIGINT>>, "
                    + "section4: MAP<STRING, ARRAY<BIGINT>>>",
            "error STRING", "parser_version STRING");

    public static final StructType REPORT_SCHEMA = (StructType) DataType.fromDDL(REPORT_DDL);

    private final String root;

    public Warehouse(String root) {
        if (root == null || root.isBlank()) throw new IllegalArgumentException("no warehouse location given");
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    public String root() {
        return root;
    }

    /** The location of a table by its name, e.g. {@code path("reports")}. */
    public String path(String table) {
        return root + "/" + table;
    }
}
