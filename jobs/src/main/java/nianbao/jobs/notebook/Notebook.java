package nianbao.jobs.notebook;

import io.delta.tables.DeltaTable;
import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.jobs.stats.Charts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the notebooks under {@code notebooks/} share: open a warehouse (reusing it when it is there, building the
 * default one with {@code notebooks/prepare-warehouse.sh} when it is not), register its tables as SQL views, show a
 * Dataset as an HTML table ({@link HtmlTable}) and a chart as an image.
 *
 * <p>Which warehouse: {@code NIANBAO_WAREHOUSE} (a folder or {@code s3a://bucket/prefix}) when set, else the
 * notebook's default. {@code NIANBAO_MASTER} and {@code NIANBAO_CONF} (e.g. a conf file with the
 * {@code spark.hadoop.fs.s3a.*} keys of an S3-compatible store) apply as they do for {@code bin/nianbao}.
 */
public final class Notebook {
    /** The demo warehouse: the five sample reports, as {@code bin/nianbao demo} builds it. */
    public static final String DEMO = "demo";
    /** A generated corpus of 2,000 reports ({@code generate → ingest → reparse → aggregate}). */
    public static final String CORPUS = "corpus";
    private static final Map<String, String> DEFAULT_LOCATION = Map.of(DEMO, "warehouse", CORPUS,
            "target/corpus/warehouse");

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final String location;

    private Notebook(SparkSession spark, String location) {
        this.spark = spark;
        this.location = location;
        this.warehouse = new Warehouse(location);
    }

    /**
     * Opens the warehouse named by {@code NIANBAO_WAREHOUSE}, else the default one ({@link #DEMO} or
     * {@link #CORPUS}), building the default first when it does not exist yet; registers every table as a view.
     */
    public static Notebook open(String defaultWarehouse) {
        if (!DEFAULT_LOCATION.containsKey(defaultWarehouse)) {
            throw new IllegalArgumentException("unknown default warehouse '" + defaultWarehouse + "'; use "
                    + DEFAULT_LOCATION.keySet());
        }
        Path home = home();
        System.setProperty("nianbao.home", home.toString());
        Map<String, String> env = System.getenv();
        boolean fromEnv = !blank(env.get("NIANBAO_WAREHOUSE"));
        Map<String, String> overrides = new HashMap<>();
        if (!fromEnv) overrides.put(Settings.WAREHOUSE, DEFAULT_LOCATION.get(defaultWarehouse));
        if (blank(env.get("NIANBAO_MASTER"))) overrides.put(Settings.MASTER, "local[2]");
        Settings settings = Settings.resolve(null, env, overrides);
        String location = settings.get(Settings.WAREHOUSE);
        if (!fromEnv && !Files.isDirectory(Path.of(location, Warehouse.REPORTS, "_delta_log"))) {
            prepare(home, defaultWarehouse);
        }
        Notebook nb = new Notebook(Spark.session(settings), location);
        if (nb.tables().isEmpty()) throw new IllegalStateException("no Delta table under " + location);
        for (String t : nb.tables()) nb.table(t).createOrReplaceTempView(t);
        return nb;
    }

    public SparkSession spark() {
        return spark;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The warehouse location (absolute path or URI). */
    public String location() {
        return location;
    }

    /** The tables present under the warehouse, ingest tables first, then the gold tables. */
    public List<String> tables() {
        List<String> present = new ArrayList<>();
        List<String> all = new ArrayList<>(Warehouse.INGEST_TABLES);
        all.addAll(Warehouse.GOLD_TABLES);
        for (String t : all) if (DeltaTable.isDeltaTable(spark, warehouse.path(t))) present.add(t);
        return present;
    }

    /**
     * One row per table with its number of rows. Each table is counted on its own, so Delta answers from its log's
     * statistics instead of scanning the files.
     */
    public Dataset<Row> rowCounts() {
        List<Row> rows = new ArrayList<>();
        for (String t : tables()) rows.add(org.apache.spark.sql.RowFactory.create(t, table(t).count()));
        return spark.createDataFrame(rows, new org.apache.spark.sql.types.StructType()
                .add("table", "string").add("rows", "long"));
    }

    /** A table of the warehouse, by name ({@code reports}, {@code stats_by_level}, …). */
    public Dataset<Row> table(String name) {
        return spark.read().format("delta").load(warehouse.path(name));
    }

    /** Spark SQL over the warehouse: every table is a view by its name. */
    public Dataset<Row> sql(String query) {
        return spark.sql(query);
    }

    /** The first 50 rows as an HTML table (numbers right-aligned, Chinese text aligned). */
    public static String html(Dataset<Row> rows) {
        return HtmlTable.of(rows, 50, null);
    }

    /** The first {@code limit} rows as an HTML table. */
    public static String html(Dataset<Row> rows, int limit) {
        return HtmlTable.of(rows, limit, null);
    }

    /**
     * Every row (up to 1,000) as an HTML table tagged {@code data-table="name"}, so a check can find it in the
     * executed notebook and compare its numbers with {@code bin/nianbao stats}.
     */
    public static String html(Dataset<Row> rows, String name) {
        return HtmlTable.of(rows, 1000, name);
    }

    /**
     * One report's three tables side by side, as printed in the report (form order, Chinese labels); the report is
     * chosen by its sha256.
     */
    public String reportTables(String sha256) {
        List<Row> rows = table(Warehouse.REPORTS).where(org.apache.spark.sql.functions.col("sha256").equalTo(sha256))
                .select("template", "full").collectAsList();
        if (rows.isEmpty()) throw new IllegalArgumentException("no report with sha256 " + sha256 + " in " + location);
        return ReportTables.html(rows.get(0));
    }

    /** A chart as an image: the kernel shows a {@link BufferedImage} as an inline PNG. */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** The report's charts, with the project's CJK font. */
    public static Charts charts() {
        return Charts.create();
    }

    public void stop() {
        spark.stop();
    }

    /** The project folder: {@code -Dnianbao.home}, else the nearest folder up from here with notebooks/ and pom.xml. */
    static Path home() {
        String h = System.getProperty("nianbao.home");
        if (h != null) return Path.of(h).toAbsolutePath().normalize();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("notebooks"))) return p;
        }
        throw new IllegalStateException("cannot find the nianbao project above " + Path.of("").toAbsolutePath()
                + "; set -Dnianbao.home");
    }

    /** Builds a default warehouse with the command line (a separate JVM); prints the script's last lines. */
    private static void prepare(Path home, String which) {
        Path script = home.resolve("notebooks/prepare-warehouse.sh");
        try {
            Path log = Files.createTempFile("nianbao-prepare", ".log");
            Process p = new ProcessBuilder("bash", script.toString(), which).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int rc = p.waitFor();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 5), lines.size()).forEach(System.out::println);
            if (rc != 0) throw new IllegalStateException(script + " " + which + " failed (exit " + rc + "); log " + log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the " + which + " warehouse", e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
