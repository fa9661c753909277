package nianbao.tools.bench;

import nianbao.jobs.ReportRows;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Aggregate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench aggregate --rows N}: writes N synthetic report rows (generated in Spark SQL, not parsed: about 5 % are
 * extra copies of a body-year, a third departments, a tenth with unknown values, all with full tables) to a
 * {@code reports} table, then times {@link Aggregate#run} over them — reading, deduplicating and writing every gold
 * table.
 */
public final class AggregateBench {
    private AggregateBench() {
    }

    /** Generates the rows under the warehouse and returns the seconds {@link Aggregate#run} took. */
    public static double run(SparkSession spark, Warehouse warehouse, long rows) {
        synthetic(spark, rows).write().format("delta").mode("overwrite").option("overwriteSchema", "true")
                .save(warehouse.path(Warehouse.REPORTS));
        long t0 = System.nanoTime();
        Aggregate.run(spark, warehouse);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** N rows with the reports table's columns: 5 rows per body (years 2019–2023), every 20th a copy of the one before. */
    public static Dataset<Row> synthetic(SparkSession spark, long rows) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("file", "concat('r', id, '.html')");
        e.put("path", "concat(CASE WHEN id % 3 = 0 THEN 'https://www.x' ELSE 'https://mirror' END, body % 97, "
                + "CASE WHEN id % 3 = 0 THEN '.gov.cn/' ELSE '.com/' END, id)");
        e.put("sha256", "sha2(CAST(id AS STRING), 256)");
        e.put("format", "'html'");
        e.put("template", "CASE WHEN year < 2021 THEN '2019' ELSE '2021' END");
        e.put("agency", "concat(CASE WHEN body % 3 = 0 THEN '教育局' ELSE '人民政府' END, body)");
        e.put("level", "element_at(array('province', 'prefecture', 'county', 'township'), CAST(body % 4 AS INT) + 1)");
        e.put("is_department", "body % 3 = 0");
        e.put("province", "concat('省', body % 31)");
        e.put("place_code", "CASE WHEN body % 10 = 0 THEN NULL ELSE concat('P', body) END");
        e.put("report_year", "year");
        e.put("normative_docs_new", "v(1, 20)");
        e.put("licensing_decisions", "v(2, 500)");
        e.put("punishment_decisions", "v(3, 300)");
        e.put("procurement_projects", "CASE WHEN year < 2021 THEN v(4, 60) END");
        e.put("procurement_amount_raw", "CASE WHEN year < 2021 THEN CAST(v(5, 900000) AS STRING) END");
        e.put("procurement_amount_yuan", "CASE WHEN year < 2021 AND id % 4 <> 0 THEN CAST(v(5, 900000) AS DECIMAL(24,4)) END");
        e.put("apps_new_total", "v(6, 3)");
        e.put("apps_carried_total", "v(7, 2)");
        e.put("apps_results_total", "v(8, 4)");
        e.put("apps_carried_next_total", "v(9, 2)");
        e.put("apps_disclosed_total", "v(10, 3)");
        e.put("reconsideration_total", "v(11, 3)");
        e.put("litigation_direct_total", "v(12, 2)");
        e.put("litigation_after_reconsideration_total", "v(13, 2)");
        e.put("flags", "array()");
        e.put("checks", "array(named_struct('rule', 'gouji:total', 'outcome', "
                + "CASE WHEN id % 10 = 0 THEN 'NOT_ASSESSABLE' WHEN id % 17 = 0 THEN 'FAIL' ELSE 'PASS' END, "
                + "'detail', CAST(NULL AS STRING)))");
        e.put("full", "named_struct("
                + "'section2', map('procurement', map('projects', CAST(v(4, 60) AS STRING), 'amount_raw', "
                + "CAST(v(5, 900000) AS STRING))), "
                + "'section3', map_from_arrays(keys, transform(keys, (k, i) -> "
                + "transform(sequence(0, 6), c -> CAST(pmod(hash(id, i, c), 3) AS BIGINT)))), "
                + "'section4', map('reconsideration', transform(sequence(0, 4), c -> CAST(pmod(hash(id, 99, c), 3) AS BIGINT)), "
                + "'litigation_direct', transform(sequence(0, 4), c -> CAST(pmod(hash(id, 98, c), 2) AS BIGINT))))");
        String keys = "array('new', 'carried', 'disclosed', 'partly_disclosed', 'withheld_state_secret', "
                + "'withheld_other_law', 'withheld_three_safety', 'withheld_third_party', 'withheld_internal', "
                + "'withheld_process', 'withheld_enforcement', 'withheld_query', 'unavailable_not_held', "
                + "'unavailable_needs_creation', 'unavailable_unclear', 'not_processed_complaint', "
                + "'not_processed_duplicate', 'not_processed_publication', 'not_processed_mass', "
                + "'not_processed_confirm', 'other', 'total', 'carried_next')";
        Dataset<Row> base = spark.range(rows).selectExpr("id", "floor(id / 5) AS body",
                "2019 + CAST(CASE WHEN id % 20 = 19 THEN (id - 1) % 5 ELSE id % 5 END AS INT) AS year",
                keys + " AS keys");
        List<String> select = new ArrayList<>();
        for (StructField f : Warehouse.REPORT_SCHEMA.fields()) {
            String x = e.getOrDefault(f.name(), "NULL");
            // v(salt, max): a value in [0, max), unknown (null) for one row in ten.
            x = x.replaceAll("v\\((\\d+), (\\d+)\\)", "CASE WHEN pmod(hash(id, $1), 10) = 0 THEN NULL "
                    + "ELSE CAST(pmod(hash(id, $1, 7), $2) AS BIGINT) END");
            select.add("CAST(" + x + " AS " + f.dataType().sql() + ") AS " + f.name());
        }
        return ReportRows.withIngestColumns(ReportRows.withTableKeys(base.selectExpr(select.toArray(String[]::new))), "bench", true,
                java.time.Instant.now());
    }
}
