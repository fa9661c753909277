package nianbao.jobs;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import nianbao.form.Forms;
import nianbao.model.ReportFields;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
     * The columns of a parsed report: the keys of the `parse` JSON contract ({@link ReportFields}, documented in
     * docs/parse-contract.md), in their order and with their names, so a report's JSON line is read into a row with
     * {@code from_json} and nothing is renamed on the way.
     */
    public static final String REPORT_DDL = ReportFields.ALL.stream().map(f -> f.key() + " " + columnType(f.type()))
            .collect(Collectors.joining(", "));

    public static final StructType REPORT_SCHEMA = (StructType) DataType.fromDDL(REPORT_DDL);

    /**
     * The column type of a contract type. {@code full} keeps section 二 values as strings (they mix counts, amounts
     * and the raw procurement text); sections 三 and 四 are arrays of counts.
     */
    static String columnType(ReportFields.Type type) {
        return switch (type) {
            case STRING -> "STRING";
            case BOOLEAN -> "BOOLEAN";
            case YEAR -> "INT";
            case COUNT -> "BIGINT";
            case DECIMAL -> "DECIMAL(24,4)";
            case CODES -> "ARRAY<STRING>";
            case CHECKS -> "ARRAY<STRUCT<rule: STRING, outcome: STRING, detail: STRING>>";
            case TABLES -> "STRUCT<section2: MAP<STRING, MAP<STRING, STRING>>, section3: MAP<STRING, ARRAY<BIGINT>>, "
                    + "section4: MAP<STRING, ARRAY<BIGINT>>>";
        };
    }

    /** One path a content (sha256) was seen at, and the state of that path. See docs/tables.md. */
    public static final String LOCATION_DDL =
            "STRUCT<path: STRING, modification_time: TIMESTAMP, state: STRING, first_seen_run: STRING>";
    /** {@code locations.state}: the path's latest content is this one and the last listing of its input saw it. */
    public static final String STATE_CURRENT = "current";
    /** {@code locations.state}: the path now holds other content (e.g. a corrected report re-uploaded there). */
    public static final String STATE_REPLACED = "replaced";
    /** {@code locations.state}: the path's latest content was this one, but the path is gone from the input. */
    public static final String STATE_MISSING = "missing";

    /** {@code documents}: one row per distinct content (sha256), with its raw bytes, text and paths. */
    public static final String DOCUMENTS_DDL = String.join(", ",
            "sha256 STRING NOT NULL", "format STRING", "size BIGINT", "modification_time TIMESTAMP",
            "paths ARRAY<STRING>", "locations ARRAY<" + LOCATION_DDL + ">", "is_current BOOLEAN",
            "source_url STRING", "fetched_at STRING", "text STRING", "content BINARY", "error STRING",
            "parser_version STRING", "first_seen_run STRING", "last_seen_run STRING");

    /** {@code reports}: the parse contract's columns plus the run that wrote the row and whether it is current. */
    public static final String REPORTS_DDL = REPORT_DDL + ", run_id STRING, is_current BOOLEAN, "
            + "tables_signature STRING, tables_informative BOOLEAN";
    /** {@code reports} is partitioned by this column; a null year lands in {@code report_year=__HIVE_DEFAULT_PARTITION__}. */
    public static final String REPORTS_PARTITION = "report_year";

    /** {@code report_cells}: every cell of {@code full}, one row each. */
    public static final String REPORT_CELLS_DDL = String.join(", ",
            "sha256 STRING NOT NULL", "report_year INT", "section STRING", "row_key STRING", "column_key STRING",
            "value DECIMAL(24,4)", "semantic STRING", "raw STRING", "run_id STRING");

    /** {@code failures}: one row per document and run that could not be read or parsed. */
    public static final String FAILURES_DDL = String.join(", ",
            "run_id STRING", "path STRING", "sha256 STRING", "stage STRING", "reason STRING", "failed_at TIMESTAMP",
            "size BIGINT", "modification_time TIMESTAMP");

    /**
     * {@code runs}: one row per ingest, reparse or nightly run. Never holds credentials (userinfo is cut from URIs).
     * {@code steps} (added for the nightly run; null in other rows, and absent from tables written before it: the
     * next append adds the column) holds each step's name, duration, outcome and detail.
     */
    public static final String RUNS_DDL = String.join(", ",
            "run_id STRING", "kind STRING", "started_at TIMESTAMP", "ended_at TIMESTAMP", "input STRING",
            "warehouse STRING", "parser_version STRING", "listed BIGINT", "new BIGINT", "parsed BIGINT",
            "failed BIGINT", "skipped BIGINT", "status STRING", "error STRING",
            "steps ARRAY<STRUCT<name: STRING, seconds: DOUBLE, outcome: STRING, detail: STRING>>");

    /** Section 三 column keys (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计), as the forms define them. */
    public static final List<String> SECTION3_COLUMNS = Forms.F2019.section3().columns();
    /** Section 四 column keys (维持, 纠正, 其他, 尚未审结, 总计), as the forms define them. */
    public static final List<String> SECTION4_COLUMNS = Forms.F2019.section4().columns();

    /** An ingest table as created: columns, partition columns and table properties. */
    public record Table(String name, String ddl, List<String> partitionedBy, Map<String, String> properties) {
        public StructType schema() {
            return (StructType) DataType.fromDDL(ddl);
        }
    }

    public static final Map<String, Table> TABLES;

    static {
        Map<String, Table> m = new LinkedHashMap<>();
        m.put(DOCUMENTS, new Table(DOCUMENTS, DOCUMENTS_DDL, List.of(), props(false, false)));
        m.put(REPORTS, new Table(REPORTS, REPORTS_DDL, List.of(REPORTS_PARTITION), props(false, true)));
        m.put(REPORT_CELLS, new Table(REPORT_CELLS, REPORT_CELLS_DDL, List.of(), props(false, false)));
        m.put(FAILURES, new Table(FAILURES, FAILURES_DDL, List.of(), props(true, false)));
        m.put(RUNS, new Table(RUNS, RUNS_DDL, List.of(), props(true, false)));
        TABLES = Collections.unmodifiableMap(m);
    }

    /**
     * Table properties, explicit at creation: history (time travel, e.g. to the reports before a reparse) is kept 30
     * days; the audit tables {@code failures} and {@code runs} are append-only; {@code reports} has the change data
     * feed on so downstream jobs can read what a run changed.
     */
    private static Map<String, String> props(boolean appendOnly, boolean changeFeed) {
        Map<String, String> m = new TreeMap<>();
        m.put("delta.logRetentionDuration", "interval 30 days");
        m.put("delta.deletedFileRetentionDuration", "interval 30 days");
        m.put("delta.appendOnly", String.valueOf(appendOnly));
        m.put("delta.enableChangeDataFeed", String.valueOf(changeFeed));
        return Collections.unmodifiableMap(m);
    }

    private static final Logger LOG = LogManager.getLogger(Warehouse.class);

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

    /**
     * Creates the ingest tables that do not exist yet, with their properties (idempotent). The tables are created
     * concurrently: each creation is a few small object-store round trips, so on s3a this saves most of the wait.
     */
    public void create(SparkSession spark) {
        create(spark, true);
    }

    /**
     * {@link #create(SparkSession)}, saying whether the caller holds the warehouse lease. A run that does not (one
     * refused it, recording its {@code runs} row) leaves a table folder with no commit yet alone: it may be one the
     * lease holder is creating this instant. That table's creation then fails here, and the holder (or the next run
     * that holds the lease) completes it.
     */
    public void create(SparkSession spark, boolean leaseHeld) {
        List<Table> missing = TABLES.values().stream().filter(t -> !exists(spark, t.name())).toList();
        if (missing.isEmpty()) return;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(missing.size());
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (Table t : missing) done.add(pool.submit(() -> create(spark, t, leaseHeld)));
            for (java.util.concurrent.Future<?> f : done) f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot create the tables under " + root + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the tables under " + root, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void create(SparkSession spark, Table t, boolean leaseHeld) {
        if (leaseHeld) clearUncommittedLog(spark, t);
        DeltaTableBuilder b = DeltaTable.createIfNotExists(spark).location(path(t.name()))
                .addColumns(t.schema()).comment("nianbao " + t.name() + " (docs/tables.md)");
        if (!t.partitionedBy().isEmpty()) b = b.partitionedBy(t.partitionedBy().toArray(String[]::new));
        for (Map.Entry<String, String> p : t.properties().entrySet()) b = b.property(p.getKey(), p.getValue());
        b.execute();
    }

    /**
     * A run killed while it created this table (no Delta table here yet) leaves a {@code _delta_log} with no commit:
     * empty, or with only the hidden temporary file of the first commit. Delta refuses to create a table over it, so
     * every later run would fail; the log is removed. Anything else in the folder (data files, a commit Delta cannot
     * read) is not ours to remove: the error names it and nothing is deleted.
     */
    private void clearUncommittedLog(SparkSession spark, Table t) {
        Path dir = new Path(path(t.name()));
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] entries;
            try {
                entries = fs.listStatus(dir);
            } catch (java.io.FileNotFoundException e) {
                return; // the usual case: a new table in a new folder
            }
            Path log = new Path(dir, "_delta_log");
            for (FileStatus e : entries) {
                if (!e.getPath().getName().equals(log.getName())) {
                    throw new IllegalStateException("cannot create table " + t.name() + ": " + dir + " is not a Delta "
                            + "table and holds " + e.getPath().getName() + " (move the folder away)");
                }
            }
            if (entries.length == 0) return;
            for (FileStatus e : fs.listStatus(log)) {
                if (!e.getPath().getName().startsWith(".")) {
                    throw new IllegalStateException("cannot create table " + t.name() + ": its log " + log + " holds "
                            + e.getPath().getName() + " but Delta reads no table there (move the folder away)");
                }
            }
            LOG.warn("table {}: removing the log of a creation cut short (no commit in {})", t.name(), log);
            fs.delete(log, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot inspect " + dir, e);
        }
    }

    public boolean exists(SparkSession spark, String table) {
        return DeltaTable.isDeltaTable(spark, path(table));
    }

    public DeltaTable table(SparkSession spark, String table) {
        return DeltaTable.forPath(spark, path(table));
    }

    /**
     * Registers every Delta table under the warehouse (ingest tables, stats_* and any other) as a temporary view named
     * like its folder, so SQL can say {@code FROM reports}. Returns the names, sorted.
     */
    public List<String> registerViews(SparkSession spark) {
        Path rootPath = new Path(root);
        List<String> names = new java.util.ArrayList<>();
        try {
            FileSystem fs = rootPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(rootPath)) throw new IllegalArgumentException("no warehouse at " + root);
            for (FileStatus st : fs.listStatus(rootPath)) {
                String name = st.getPath().getName();
                if (st.isDirectory() && name.matches("[A-Za-z_][A-Za-z0-9_]*") && exists(spark, name)) names.add(name);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot list warehouse " + root, e);
        }
        java.util.Collections.sort(names);
        for (String n : names) read(spark, n).createOrReplaceTempView(n);
        return names;
    }

    /** The latest snapshot of a table. */
    public Dataset<Row> read(SparkSession spark, String table) {
        return spark.read().format("delta").load(path(table));
    }
}
