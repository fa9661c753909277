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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * Bump when a statistic's definition changes (docs/statistics.md): gold tables stamped with an older definition
     * are then rewritten by the next {@link #refresh} even though {@code reports} did not change.
     */
    static final int DEFINITIONS = 1;

    /** The gold tables, and whether this run wrote them (false: they were already computed from these reports). */
    public record Refresh(Map<String, Dataset<Row>> gold, boolean written, String stamp) {
    }

    /**
     * The gold tables, written only when {@code reports} has changed since they were computed (or {@code force}):
     * each gold commit carries the stamp of the reports version it was computed from ({@link SourceStamp}), so a
     * nightly run on unchanged input adds no versions and leaves the tables as they were.
     */
    public static Refresh refresh(SparkSession spark, Warehouse warehouse, boolean force) {
        String stamp = SourceStamp.of(spark, warehouse, DEFINITIONS);
        if (!force && SourceStamp.goldIsFrom(spark, warehouse, stamp)) {
            Map<String, Dataset<Row>> gold = new LinkedHashMap<>();
            for (String t : Warehouse.GOLD_TABLES) gold.put(t, read(spark, warehouse, t));
            return new Refresh(gold, false, stamp);
        }
        return new Refresh(run(spark, warehouse, GovernmentCounts.fromGazetteer(), stamp), true, stamp);
    }

    public static Map<String, Dataset<Row>> run(SparkSession spark, Warehouse warehouse, Map<String, Long> governments) {
        return run(spark, warehouse, governments, null);
    }

    private static Map<String, Dataset<Row>> run(SparkSession spark, Warehouse warehouse, Map<String, Long> governments,
                                                 String stamp) {
        String reportsPath = warehouse.path(Warehouse.REPORTS);
        Dataset<Row> reports;
        try {
            reports = spark.read().format("delta").load(reportsPath);
        } catch (Exception e) {
            throw new IllegalStateException("no reports table at " + reportsPath + " (run ingest first): "
                    + e.getMessage(), e);
        }
        List<Dataset<Row>> cached = new ArrayList<>();
        try {
            Map<String, Dataset<Row>> gold = compute(spark, reports, governments, cached);
            return writeAll(spark, warehouse, gold, stamp);
        } finally {
            cached.forEach(Dataset::unpersist);
        }
    }

    /** Gold tables written at once: most are a few rows, where a write is mostly the driver's Delta bookkeeping. */
    static final int CONCURRENT_WRITES = 4;

    /**
     * Overwrites every gold table, {@link #CONCURRENT_WRITES} at a time, so one table's Delta commit overlaps another's
     * tasks; returns them as read back. The first failure is rethrown once the writes under way have ended.
     */
    private static Map<String, Dataset<Row>> writeAll(SparkSession spark, Warehouse warehouse,
                                                      Map<String, Dataset<Row>> gold, String stamp) {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_WRITES);
        // Without Delta's per-file column statistics: they serve data skipping, which buys nothing on tables this small
        // and is not how stats_bodies is read, and collecting them over its 32 first columns cost ~10 s per 1M bodies.
        String collect = spark.conf().get(COLLECT_STATS, "true");
        spark.conf().set(COLLECT_STATS, "false");
        try {
            Map<String, Future<Dataset<Row>>> pending = new LinkedHashMap<>();
            for (Map.Entry<String, Dataset<Row>> e : gold.entrySet()) {
                pending.put(e.getKey(), pool.submit(() -> {
                    var w = e.getValue().write().format("delta").mode("overwrite").option("overwriteSchema", "true");
                    if (stamp != null) w = w.option("userMetadata", stamp);
                    w.save(warehouse.path(e.getKey()));
                    return read(spark, warehouse, e.getKey());
                }));
            }
            Map<String, Dataset<Row>> written = new LinkedHashMap<>();
            RuntimeException failure = null;
            for (Map.Entry<String, Future<Dataset<Row>>> e : pending.entrySet()) {
                try {
                    written.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException ex) {
                    if (failure == null) failure = new IllegalStateException("cannot write " + e.getKey() + ": "
                            + ex.getCause().getMessage(), ex.getCause());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing the gold tables", ex);
                }
            }
            if (failure != null) throw failure;
            return written;
        } finally {
            pool.shutdown();
            spark.conf().set(COLLECT_STATS, collect);
        }
    }

    private static final String COLLECT_STATS = "spark.databricks.delta.stats.collect";

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
        boolean broadcastDropped = dropped.count() <= BROADCAST_DROPPED_LIMIT;
        Dataset<Row> outcomeCounts = cache(OutcomeStats.counts(
                Bodies.tables(reports, dropped, broadcastDropped, "section3")), cached);
        Dataset<Row> byLevel = LevelStats.by(bodies, List.of("year", "level"));
        Map<String, Dataset<Row>> gold = new LinkedHashMap<>();
        // The written bodies table keeps the counted values, not the cell tables (they stay in `reports`).
        gold.put(Warehouse.STATS_BODIES, bodies.drop("checks", "flags"));
        gold.put(Warehouse.STATS_BY_LEVEL, byLevel);
        gold.put(Warehouse.STATS_BY_PROVINCE, LevelStats.by(bodies, List.of("year", "level", "province")));
        gold.put(Warehouse.STATS_BY_BODY_TYPE, LevelStats.by(bodies, List.of("year", "level", "is_department")));
        gold.put(Warehouse.STATS_PROCUREMENT, LevelStats.procurement(byLevel));
        gold.put(Warehouse.STATS_OUTCOMES, OutcomeStats.fromCounts(outcomeCounts));
        gold.put(Warehouse.STATS_LITIGATION, LitigationStats.of(
                Bodies.tables(reports, dropped, broadcastDropped, "section4")));
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
