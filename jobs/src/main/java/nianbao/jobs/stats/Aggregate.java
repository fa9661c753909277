package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregation job: reads the {@code reports} Delta table, builds one row per body and year
 * ({@link Bodies}), and overwrites every gold table ({@link Warehouse#GOLD_TABLES}). Definitions in
 * docs/statistics.md.
 */
public final class Aggregate {
    private Aggregate() {
    }

    /** Reads {@code reports} under the warehouse and writes every gold table; returns them by name. */
    public static Map<String, Dataset<Row>> run(SparkSession spark, Warehouse warehouse) {
        return run(spark, warehouse, GovernmentCounts.fromGazetteer());
    }

    public static Map<String, Dataset<Row>> run(SparkSession spark, Warehouse warehouse, Map<String, Long> governments) {
        String reportsPath = warehouse.path(Warehouse.REPORTS);
        Dataset<Row> reports;
        try {
            reports = spark.read().format("delta").load(reportsPath);
        } catch (Exception e) {
            throw new IllegalStateException("no reports table at " + reportsPath + " (run ingest first): "
                    + e.getMessage(), e);
        }
        List<Dataset<Row>> cached = new ArrayList<>();
        Map<String, Dataset<Row>> gold = compute(spark, reports, governments, cached);
        for (Map.Entry<String, Dataset<Row>> e : gold.entrySet()) {
            e.getValue().write().format("delta").mode("overwrite").option("overwriteSchema", "true")
                    .save(warehouse.path(e.getKey()));
        }
        cached.forEach(Dataset::unpersist);
        Map<String, Dataset<Row>> written = new LinkedHashMap<>();
        for (String t : gold.keySet()) written.put(t, read(spark, warehouse, t));
        return written;
    }

    /**
     * Every gold table computed from a reports DataFrame (not written). The bodies and the kept copies' tables are
     * cached and added to {@code cached}, for the caller to unpersist when done.
     */
    public static Map<String, Dataset<Row>> compute(SparkSession spark, Dataset<Row> reports,
                                                    Map<String, Long> governments, List<Dataset<Row>> cached) {
        Dataset<Row> bodies = Bodies.of(reports).persist(StorageLevel.MEMORY_AND_DISK());
        // The kept copies' cell tables are wide (a few KB a row): cached on disk only, since building them into the
        // memory store ran a 4 GB driver out of heap at 1M reports.
        Dataset<Row> tables = Bodies.tables(reports, bodies).persist(StorageLevel.DISK_ONLY());
        cached.add(bodies);
        cached.add(tables);
        Dataset<Row> byLevel = LevelStats.by(bodies, List.of("year", "level"));
        Map<String, Dataset<Row>> gold = new LinkedHashMap<>();
        // The written bodies table keeps the counted values, not the cell tables (they stay in `reports`).
        gold.put(Warehouse.STATS_BODIES, bodies.drop("checks", "flags"));
        gold.put(Warehouse.STATS_BY_LEVEL, byLevel);
        gold.put(Warehouse.STATS_BY_PROVINCE, LevelStats.by(bodies, List.of("year", "level", "province")));
        gold.put(Warehouse.STATS_BY_BODY_TYPE, LevelStats.by(bodies, List.of("year", "level", "is_department")));
        gold.put(Warehouse.STATS_PROCUREMENT, LevelStats.procurement(byLevel));
        gold.put(Warehouse.STATS_OUTCOMES, OutcomeStats.of(tables));
        gold.put(Warehouse.STATS_LITIGATION, LitigationStats.of(tables));
        gold.put(Warehouse.STATS_QUALITY, QualityStats.of(spark, Bodies.current(reports), bodies, governments));
        return gold;
    }

    /** A gold table by name, as written by the last run. */
    public static Dataset<Row> read(SparkSession spark, Warehouse warehouse, String table) {
        String p = warehouse.path(table);
        try {
            return spark.read().format("delta").load(p);
        } catch (Exception e) {
            throw new IllegalStateException("no table " + table + " at " + p + " (run aggregate first)", e);
        }
    }
}
