package nianbao.jobs.ingest;

import nianbao.jobs.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.LinkedHashMap;
import java.util.Map;

import static nianbao.jobs.Warehouse.STATE_CURRENT;
import static nianbao.jobs.Warehouse.STATE_MISSING;
import static nianbao.jobs.Warehouse.STATE_REPLACED;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Keeps {@code documents} — one row per distinct content — and its per-path state. For every (content, path) pair the
 * state is {@code current} (the path holds this content now), {@code replaced} (the path holds other content now) or
 * {@code missing} (the path's latest content, gone from the input). Only documents whose locations change are
 * rewritten, so a run over unchanged input writes nothing.
 */
final class DocumentMerge {
    private DocumentMerge() {
    }

    /** The columns of {@link #locations}: what an empty warehouse "knows" is an empty relation of these. */
    static final StructType KNOWN = (StructType) DataType.fromDDL("sha256 STRING, size BIGINT, path STRING, "
            + "modification_time TIMESTAMP, state STRING, first_seen_run STRING, has_report BOOLEAN");

    /**
     * Every known (content, path): sha256, size, path, modification_time, state, first_seen_run, has_report.
     * {@code has_report} is false for a document whose report is not in {@code reports}: a run interrupted by an
     * older version of this job between its documents and reports commits, or a report deleted by hand. Such a
     * document is not "known" to the skip and content checks, so the next run parses it again and repairs it.
     */
    static Dataset<Row> locations(SparkSession spark, Warehouse wh) {
        Dataset<Row> reported = wh.read(spark, Warehouse.REPORTS).select(col("sha256"), lit(true).as("reported"))
                .dropDuplicates("sha256");
        return wh.read(spark, Warehouse.DOCUMENTS)
                .select(col("sha256"), col("size"), explode(col("locations")).as("l"))
                .join(reported, "sha256", "left")
                .select(col("sha256"), col("size"), col("l.path").as("path"),
                        col("l.modification_time").as("modification_time"), col("l.state").as("state"),
                        col("l.first_seen_run").as("first_seen_run"),
                        col("reported").isNotNull().as("has_report"));
    }

    /** The locations whose content has its report committed: the only ones a run may skip. */
    static Dataset<Row> complete(Dataset<Row> known) {
        return known.filter(col("has_report"));
    }

    /**
     * Listed files already known by path, size and modification time → path, sha256, modification_time (one row per
     * path; if two contents claim the same path, size and time, the current one wins).
     */
    static Dataset<Row> unchanged(Dataset<Row> listed, Dataset<Row> known) {
        return listed.as("l").join(known.as("k"), col("l.path").equalTo(col("k.path"))
                        .and(col("l.size").equalTo(col("k.size")))
                        .and(col("l.modification_time").equalTo(col("k.modification_time"))))
                .groupBy(col("l.path").as("path"))
                .agg(expr("max_by(k.sha256, CASE WHEN k.state = '" + STATE_CURRENT + "' THEN 1 ELSE 0 END)")
                        .as("sha256"), max(col("l.modification_time")).as("modification_time"));
    }

    /**
     * Every listed file (path, size, modification_time, etag) with what the warehouse says of it: {@code sha256} of the
     * content it is known to hold (by path, size and time, report committed), else null; {@code failed_before}, the
     * same entry failed to be read before; {@code known_path}, some content was stored under this path before.
     */
    static Dataset<Row> classify(Dataset<Row> listed, Dataset<Row> known, Dataset<Row> complete,
                                 Dataset<Row> failedBefore) {
        Dataset<Row> same = unchanged(listed, complete).select(col("path"), col("sha256"));
        Dataset<Row> paths = known.select(col("path")).distinct().withColumn("known_path", lit(true));
        Dataset<Row> failed = failedBefore.select(col("path").as("f_path"), col("size").as("f_size"),
                col("modification_time").as("f_mtime"));
        return listed.join(same, "path", "left").join(paths, "path", "left")
                .join(failed, col("path").equalTo(col("f_path")).and(col("size").eqNullSafe(col("f_size")))
                        .and(col("modification_time").eqNullSafe(col("f_mtime"))), "left")
                .select(col("path"), col("size"), col("modification_time"), col("etag"), col("sha256"),
                        col("f_path").isNotNull().as("failed_before"),
                        col("known_path").isNotNull().as("known_path"));
    }

    /** {@link #classify} against an empty warehouse: nothing is known, nothing failed before. */
    static Dataset<Row> classify(Dataset<Row> listed) {
        return listed.select(col("path"), col("size"), col("modification_time"), col("etag"),
                lit(null).cast("string").as("sha256"), lit(false).as("failed_before"), lit(false).as("known_path"));
    }

    /**
     * The new state of every document whose locations change in this run (sha256, modification_time, paths,
     * locations, is_current); new contents included.
     *
     * @param now   path → sha256, modification_time for every listed path whose content is known after this run
     * @param root  the qualified input: a known path under it that was not listed is missing
     */
    static Dataset<Row> changedState(Dataset<Row> known, Dataset<Row> now, String root, String runId) {
        Dataset<Row> n = now.select(col("path"), col("sha256").as("now_sha"), col("modification_time").as("now_mtime"));
        Column listedNow = col("now_sha").isNotNull();
        Column same = col("now_sha").equalTo(col("sha256"));
        Column underInput = col("path").startsWith(root + "/").or(col("path").equalTo(root));
        Dataset<Row> old = known.join(n, "path", "left")
                .withColumn("new_state",
                        when(listedNow, when(same, lit(STATE_CURRENT)).otherwise(lit(STATE_REPLACED)))
                                .when(underInput.and(col("state").equalTo(STATE_CURRENT)), lit(STATE_MISSING))
                                .otherwise(col("state")))
                .withColumn("new_mtime", when(listedNow.and(same), col("now_mtime")).otherwise(col("modification_time")))
                .select(col("sha256"), col("path"), col("new_mtime").as("modification_time"),
                        col("new_state").as("state"), col("first_seen_run"),
                        col("new_state").notEqual(col("state"))
                                .or(col("new_mtime").notEqual(col("modification_time")))
                                // parsed again in this run to repair a document that lost its report
                                .or(listedNow.and(same).and(not(col("has_report")))).as("changed"));
        Dataset<Row> added = now.join(known.select("sha256", "path"), new String[]{"sha256", "path"}, "left_anti")
                .select(col("sha256"), col("path"), col("modification_time"), lit(STATE_CURRENT).as("state"),
                        lit(runId).as("first_seen_run"), lit(true).as("changed"));
        Dataset<Row> all = old.unionByName(added);
        Dataset<Row> changedShas = all.filter(col("changed")).select("sha256").distinct();
        return all.join(changedShas, "sha256")
                .groupBy("sha256")
                .agg(max(col("modification_time")).as("modification_time"),
                        sort_array(collect_list(col("path"))).as("paths"),
                        sort_array(collect_list(struct(col("path"), col("modification_time"), col("state"),
                                col("first_seen_run")))).as("locations"),
                        max(col("state").equalTo(STATE_CURRENT)).as("is_current"));
    }

    /**
     * MERGE the changed state into {@code documents}; new contents are inserted with their bytes and text from the
     * staged rows (one per sha256). Into an empty table (a first run) the same rows are appended.
     */
    static void merge(SparkSession spark, Warehouse wh, Dataset<Row> state, Dataset<Row> staged, String runId,
                      boolean tableEmpty) {
        Dataset<Row> fresh = ReportMerge.onePerContent(staged)
                .select("sha256", "format", "size", "source_url", "fetched_at", "text", "content", "error",
                        "parser_version");
        Dataset<Row> source = state.join(fresh, "sha256", "left");
        Map<String, Column> update = new LinkedHashMap<>();
        for (String c : new String[]{"modification_time", "paths", "locations", "is_current"}) {
            update.put(c, col("s." + c));
        }
        update.put("last_seen_run", lit(runId));
        Map<String, Column> insert = new LinkedHashMap<>();
        for (String c : new String[]{"sha256", "format", "size", "modification_time", "paths", "locations",
                "is_current", "source_url", "fetched_at", "text", "content", "error", "parser_version"}) {
            insert.put(c, col("s." + c));
        }
        insert.put("first_seen_run", lit(runId));
        insert.put("last_seen_run", lit(runId));
        if (tableEmpty) {
            // nothing to match: the MERGE's inserts, as one plain append without its scans of the target
            source.as("s").select(insert.entrySet().stream().map(e -> e.getValue().as(e.getKey()))
                            .toArray(Column[]::new))
                    .write().format("delta").mode("append").save(wh.path(Warehouse.DOCUMENTS));
            return;
        }
        wh.table(spark, Warehouse.DOCUMENTS).as("t")
                .merge(source.as("s"), "t.sha256 = s.sha256")
                .whenMatched().update(update)
                .whenNotMatched().insert(insert)
                .execute();
    }
}
