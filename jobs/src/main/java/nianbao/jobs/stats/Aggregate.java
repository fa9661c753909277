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
     * At most this many dropped copies are broadcast to every task when the kept copies' cell tables are selected
     * (about 100 bytes each); more, and they are joined by a shuffle instead.
     */
    static final long BROADCAST_DROPPED_LIMIT = 500_000;

    /**
     * Every gold table computed from a reports DataFrame (not written). The narrow per-report rows and the outcome
     * counts are cached (and materialized) here and added to {@code cached}, for the caller to unpersist when done.
     * {@code reports} is read three times, each time for the columns one step needs: the narrow columns to rank the
     * copies, section 三 for the outcomes and section 四 for 复议/诉讼 (both without the dropped copies), and the
     * bookkeeping columns for the quality table.
     */
    public static Map<String, Dataset<Row>> compute(SparkSession spark, Dataset<Row> reports,
                                                    Map<String, Long> governments, List<Dataset<Row>> cached) {
        Dataset<Row> ranked = cache(Bodies.ranked(reports), cached);
        Dataset<Row> bodies = Bodies.kept(ranked);
        Dataset<Row> dropped = Bodies.dropped(ranked);
        Dataset<Row> tables = Bodies.tables(reports, dropped, dropped.count() <= BROADCAST_DROPPED_LIMIT);
        Dataset<Row> outcomeCounts = cache(OutcomeStats.counts(tables), cached);
        Dataset<Row> byLevel = LevelStats.by(bodies, List.of("year", "level"));
        Map<String, Dataset<Row>> gold = new LinkedHashMap<>();
        // The written bodies table keeps the counted values, not the cell tables (they stay in `reports`).
        gold.put(Warehouse.STATS_BODIES, bodies.drop("checks", "flags"));
        gold.put(Warehouse.STATS_BY_LEVEL, byLevel);
        gold.put(Warehouse.STATS_BY_PROVINCE, LevelStats.by(bodies, List.of("year", "level", "province")));
        gold.put(Warehouse.STATS_BY_BODY_TYPE, LevelStats.by(bodies, List.of("year", "level", "is_department")));
        gold.put(Warehouse.STATS_PROCUREMENT, LevelStats.procurement(byLevel));
        gold.put(Warehouse.STATS_OUTCOMES, OutcomeStats.fromCounts(outcomeCounts));
        gold.put(Warehouse.STATS_LITIGATION, LitigationStats.of(tables));
        gold.put(Warehouse.STATS_QUALITY, QualityStats.of(spark, Bodies.current(reports), bodies, governments));
        return gold;
    }

    /** Caches a dataset in memory (spilling to disk), computes it once now, and adds it to {@code cached}. */
    private static Dataset<Row> cache(Dataset<Row> d, List<Dataset<Row>> cached) {
        Dataset<Row> c = d.persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(c);
        c.count();
        return c;
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
