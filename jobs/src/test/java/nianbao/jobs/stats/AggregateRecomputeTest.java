package nianbao.jobs.stats;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.jobs.Warehouse;
import nianbao.model.Check;
import nianbao.model.Flags;
import nianbao.model.Full;
import nianbao.model.Json;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every gold table on a hand-made set of reports — mirrors, a Traditional-script copy, a non-current revision, a parse
 * failure, a year-less report, departments, unknown units, null cells, a copy-pasted year and an all-zero repeat —
 * equals the same statistic recomputed in plain Java by {@link IndependentStats}.
 */
class AggregateRecomputeTest extends StatsTestBase {
    static final Map<String, Long> GOVERNMENTS = Map.of("county", 2L, "township", 10L);
    static final List<IndependentStats.Input> INPUTS = new ArrayList<>();
    static Map<String, Dataset<Row>> gold;
    static List<IndependentStats.Kept> kept;

    @BeforeAll
    static void aggregate() {
        Full fullA = full(Map.of("procurement", sec2("projects", 2L, "amount_raw", "1000元")),
                s3("new", r(1, 1, 0, 0, 0, 0, 2), "carried", zeros(), "disclosed", r(1, 0, 0, 0, 0, 0, 1),
                        "partly_disclosed", r(0, 1, 0, 0, 0, 0, 1), "withheld_state_secret", zeros(),
                        "other", zeros(), "total", r(1, 1, 0, 0, 0, 0, 2), "carried_next", zeros()),
                s4(r(1, 1, 0, 0, 2), r(0, 0, 0, 1, 1), r(0, 0, 0, 0, 0)));
        // Body A: the 2020 table is the 2019 one again (copy-paste); a mirror with fewer values and a superseded
        // revision with more values exist too.
        add("A", true, gov("a1", "甲镇人民政府", "P-A", "township", "河南", 2019).appsNewTotal(2L).procurementProjects(2L)
                .procurementAmountRaw("1000元").procurementAmountYuan(new BigDecimal("1000")).full(fullA));
        add("A", true, gov("a2", "甲镇人民政府", "P-A", "township", "河南", 2020).appsNewTotal(2L).procurementProjects(2L)
                .procurementAmountRaw("1000元").procurementAmountYuan(new BigDecimal("1000")).full(fullA)
                .sourceUrl("http://www.jia.gov.cn/nb/2020.html"));
        add("A", true, gov("a0", "甲镇", "P-A", "township", "河南", 2020).procurementProjects(2L).full(fullA)
                .sourceUrl("https://mirror.example.com/jia/2020.html"));
        add("A", false, gov("a00", "甲镇人民政府", "P-A", "township", "河南", 2020).appsNewTotal(0L).normativeDocsNew(1L)
                .licensingDecisions(1L).punishmentDecisions(1L).procurementProjects(9L)
                .procurementAmountYuan(BigDecimal.TEN).appsCarriedTotal(0L).appsResultsTotal(0L)
                .appsCarriedNextTotal(0L).appsDisclosedTotal(0L).reconsiderationTotal(0L).litigationDirectTotal(0L)
                .litigationAfterReconsiderationTotal(0L));
        // Body B: unplaced; a Traditional-script copy on gov.cn and a Simplified mirror with the same values — the
        // gov.cn copy wins the tie although its hash is larger. The bare "52.15" has no unit.
        add("B", true, gov("b2", "乙鎮人民政府", null, "township", "河南", 2020).sourceUrl("http://www.yi.gov.cn/a.html")
                .flag(Flags.TRADITIONAL_SCRIPT)
                .appsNewTotal(0L).procurementProjects(4L).procurementAmountRaw("52.15")
                .full(full(null, null, s4(r(0, 1, 0, 0, 1), r(0, 0, 0, 0, 0), r(0, 0, 0, 0, 0)))));
        add("B", true, gov("b1", "乙 镇", null, "township", "河南", 2020).sourceUrl("http://mirror.example.com/yi")
                .appsNewTotal(0L).procurementProjects(4L).procurementAmountRaw("52.15"));
        // County C: its government knows nothing; two departments share its place code.
        add("C", true, gov("c1", "某县人民政府", "P-C", "county", "河南", 2020)
                .check(new Check("gouji:total", Check.Outcome.NOT_ASSESSABLE, null)));
        add("D", true, gov("d1", "某县教育局", "P-C", "county", "河南", 2020).isDepartment(true).appsNewTotal(0L)
                .procurementProjects(5L).procurementAmountRaw("808")
                .check(new Check("gouji:total", Check.Outcome.PASS, null)));
        add("E", true, gov("e1", "某县公安局", "P-C", "county", "河南", 2020).isDepartment(true).appsNewTotal(3L)
                .check(new Check("gouji:natural_person", Check.Outcome.PASS, null))
                .check(new Check("gouji:total", Check.Outcome.FAIL, "2+1 != 3+1"))
                .full(full(null, s3("new", r(2, 1, 0, 0, 0, 0, 3), "carried", zeros(),
                        "disclosed", r(2, 0, 0, 0, 0, 0, 2), "partly_disclosed", r(0, null, 0, 0, 0, 0, null),
                        "withheld_state_secret", r(0, 1, 0, 0, 0, 0, 1), "withheld_other_law", zeros(),
                        "unavailable_not_held", zeros(), "not_processed_complaint", zeros(), "other", zeros(),
                        "total", r(2, 1, 0, 0, 0, 0, 3), "carried_next", r(0, 0, 0, 0, 0, 0, 1)),
                        s4(r(0, 0, 0, 1, 1), r(null, null, null, null, null), r(0, 0, 0, 0, 0)))));
        // Township F reports all zeros two years running: not copy-paste.
        Full zerosF = full(Map.of("procurement", sec2("projects", 0L, "amount_raw", "0")),
                s3("new", zeros(), "carried", zeros(), "disclosed", zeros(), "total", zeros(), "carried_next", zeros()),
                s4(r(0, 0, 0, 0, 0), r(0, 0, 0, 0, 0), r(0, 0, 0, 0, 0)));
        for (int y : new int[]{2019, 2020}) {
            add("F", true, gov("f" + y, "丙镇人民政府", "P-F", "township", "河南", y).appsNewTotal(0L).procurementProjects(0L)
                    .procurementAmountRaw("0").procurementAmountYuan(BigDecimal.ZERO).full(zerosF));
        }
        // Township G: two copies, same number of values, neither on gov.cn: the smaller hash wins.
        add("G", true, gov("g2", "丁镇", "P-G", "township", "河南", 2020).appsNewTotal(5L));
        add("G", true, gov("g1", "丁镇", "P-G", "township", "河南", 2020).appsNewTotal(0L));
        add("H", true, gov("h1", "错误镇", null, "township", "河南", 2020).error("cannot read h1.pdf: broken xref"));
        add("J", true, gov("j1", "无年镇", null, "township", "河南", null).appsNewTotal(0L));
        add("K", true, gov("k1", "河北省人民政府", "P-K", "province", "河北", 2020).appsNewTotal(10L)
                .reconsiderationTotal(0L).litigationDirectTotal(6L)
                .full(full(null, s3("new", r(6, 2, 1, 0, 1, 0, 10), "carried", zeros(),
                        "disclosed", r(4, 2, 1, 0, 0, 0, 7), "partly_disclosed", r(1, 0, 0, 0, 1, 0, 2),
                        "other", r(1, 0, 0, 0, 0, 0, 1), "total", r(6, 2, 1, 0, 1, 0, 10), "carried_next", zeros()),
                        s4(r(0, 0, 0, 0, 0), r(3, 2, 1, 0, 6), r(0, 0, 0, 0, 0)))));
        // County L on the 2021 form: 其他处理 split into three rows.
        add("L", true, gov("l1", "某区人民政府", "P-L", "county", "河北", 2021).appsNewTotal(1L)
                .full(full(null, s3("new", r(1, 0, 0, 0, 0, 0, 1), "carried", zeros(), "disclosed", zeros(),
                        "other_overdue_correction", r(1, 0, 0, 0, 0, 0, 1), "other_overdue_fee", zeros(),
                        "other_other", zeros(), "total", r(1, 0, 0, 0, 0, 0, 1), "carried_next", zeros()), null)));
        // An unplaced department with a unit in the value.
        add("M", true, gov("m1", "某市财政局", null, "prefecture", "河北", 2020).isDepartment(true).appsNewTotal(0L)
                .procurementProjects(1L).procurementAmountRaw("2500.5元").procurementAmountYuan(new BigDecimal("2500.5")));

        List<Report> current = INPUTS.stream().filter(IndependentStats.Input::current).map(IndependentStats.Input::report).toList();
        List<Report> superseded = INPUTS.stream().filter(i -> !i.current()).map(IndependentStats.Input::report).toList();
        Warehouse w = warehouseWith("recompute", current);
        nianbao.jobs.ReportRows.withIngestColumns(nianbao.jobs.ReportRows.of(spark, superseded), "old-run", false,
                java.time.Instant.parse("2025-01-01T00:00:00Z")).write().format("delta").mode("append")
                .save(w.path(Warehouse.REPORTS));
        gold = Aggregate.run(spark, w, GOVERNMENTS);
        kept = IndependentStats.bodies(INPUTS);
        warehouse = w;
    }

    static Warehouse warehouse;

    @Test
    void tableKeysAreComputedFromTheTablesWhenTheReportsTablePredatesThem() {
        // A warehouse ingested before ingest wrote tables_signature/tables_informative: the columns are missing, or
        // null on the rows merged before schema evolution added them. Copy-paste must come out the same.
        Dataset<Row> reports = spark.read().format("delta").load(warehouse.path(Warehouse.REPORTS));
        assertTrue(Bodies.hasTableKeys(reports));
        Map<String, String> expected = keys(gold.get(Warehouse.STATS_BODIES));
        Dataset<Row> without = reports.drop(nianbao.jobs.ReportRows.TABLES_SIGNATURE,
                nianbao.jobs.ReportRows.TABLES_INFORMATIVE);
        Dataset<Row> partly = reports.withColumn(nianbao.jobs.ReportRows.TABLES_SIGNATURE, org.apache.spark.sql.functions
                .when(org.apache.spark.sql.functions.col("sha256").equalTo("a2"), null)
                .otherwise(org.apache.spark.sql.functions.col(nianbao.jobs.ReportRows.TABLES_SIGNATURE)));
        for (Dataset<Row> old : List.of(without, partly)) {
            assertFalse(Bodies.hasTableKeys(old));
            assertEquals(expected, keys(Bodies.kept(Bodies.ranked(old))));
        }
        assertTrue(expected.values().stream().anyMatch(v -> v.endsWith("copy-paste")), expected.toString());
    }

    private static Map<String, String> keys(Dataset<Row> bodies) {
        return bodies.collectAsList().stream().collect(Collectors.toMap(r -> (String) r.getAs("sha256"),
                r -> r.getAs("tables_signature") + " " + r.getAs("informative")
                        + (r.<Boolean>getAs("copy_paste") ? " copy-paste" : "")));
    }

    @Test
    void bodiesAreDeduplicatedAsDefined() {
        Map<String, Object> actual = gold.get(Warehouse.STATS_BODIES).collectAsList().stream()
                .collect(Collectors.toMap(r -> (String) r.getAs("sha256"),
                        r -> r.getAs("copies") + (r.<Boolean>getAs("copy_paste") ? " copy-paste" : "")));
        Map<String, Object> expected = kept.stream().collect(Collectors.toMap(k -> k.r().sha256(),
                k -> k.copies() + (k.copyPaste() ? " copy-paste" : "")));
        assertEquals(new TreeMap<>(expected), new TreeMap<>(actual));
        // The checks the independent calculator encodes, stated plainly:
        assertTrue(actual.containsKey("a2") && actual.containsKey("b2") && actual.containsKey("g1"));
        assertEquals("2 copy-paste", actual.get("a2")); // a2 kept over its mirror a0
    }

    @Test
    void statsByLevelEqualsRecomputation() {
        assertTableEquals(IndependentStats.headline(kept, k -> k.r().reportYear() + "|" + k.level()),
                gold.get(Warehouse.STATS_BY_LEVEL), "year", "level");
    }

    @Test
    void statsByProvinceEqualsRecomputation() {
        assertTableEquals(IndependentStats.headline(kept, k -> k.r().reportYear() + "|" + k.level() + "|"
                + k.r().province()), gold.get(Warehouse.STATS_BY_PROVINCE), "year", "level", "province");
    }

    @Test
    void statsByBodyTypeEqualsRecomputation() {
        assertTableEquals(IndependentStats.headline(kept, k -> k.r().reportYear() + "|" + k.level() + "|" + k.dept()),
                gold.get(Warehouse.STATS_BY_BODY_TYPE), "year", "level", "is_department");
    }

    @Test
    void outcomesEqualRecomputation() {
        assertTableEquals(IndependentStats.outcomes(kept), gold.get(Warehouse.STATS_OUTCOMES),
                "year", "level", "measure_group", "measure");
    }

    @Test
    void litigationEqualsRecomputation() {
        assertTableEquals(IndependentStats.litigation(kept), gold.get(Warehouse.STATS_LITIGATION),
                "year", "level", "block");
    }

    @Test
    void qualityEqualsRecomputation() {
        assertTableEquals(IndependentStats.quality(INPUTS, kept, GOVERNMENTS), gold.get(Warehouse.STATS_QUALITY),
                "year", "level");
    }

    @Test
    void procurementRowsCarryTheNationalCeiling() {
        List<Row> rows = gold.get(Warehouse.STATS_PROCUREMENT).collectAsList();
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            assertEquals(0, LevelStats.NATIONAL_CENTRAL_PROCUREMENT_2022_YUAN.compareTo(r.getAs("national_ceiling_yuan")));
        }
    }

    @Test
    void jsonLinesHaveTheDocumentedKeys() throws Exception {
        String out = StatsPrinter.format(gold.get(Warehouse.STATS_BY_LEVEL), StatsPrinter.OutputFormat.JSON);
        String[] lines = out.split("\n");
        assertEquals(gold.get(Warehouse.STATS_BY_LEVEL).count(), lines.length);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        for (String k : List.of("year", "level", "reports", "zero_request_reports", "zero_request_rate",
                "zero_request_ci_low", "zero_request_ci_high", "procurement_projects", "procurement_amount_yuan",
                "procurement_unit_unknown_reports")) {
            assertTrue(first.has(k), "key " + k + " in " + lines[0]);
        }
    }

    @Test
    void exportWritesEveryAggregatedTableAsCsvAndJson() throws Exception {
        Path dir = tmp.resolve("export");
        List<Path> files = Export.write(spark, warehouse, dir);
        assertEquals(2 * Warehouse.GOLD_TABLES.size(), files.size(), "stats_bodies is exported too");
        assertTrue(Files.exists(dir.resolve(Warehouse.STATS_BODIES + ".csv")));
        List<String> csv = Files.readAllLines(dir.resolve(Warehouse.STATS_BY_LEVEL + ".csv"), StandardCharsets.UTF_8);
        assertEquals(gold.get(Warehouse.STATS_BY_LEVEL).count() + 1, csv.size());
        // a byte-order mark first, or Excel reads the Chinese names in the local code page
        assertTrue(csv.get(0).startsWith("\uFEFFyear,level,reports,"), csv.get(0));
    }

    @Test
    void htmlReportHasDecodableCharts() throws Exception {
        Path out = tmp.resolve("html");
        Path index = HtmlReport.write(spark, warehouse, out);
        Document doc = Jsoup.parse(index.toFile(), "UTF-8");
        List<Element> imgs = doc.select("img");
        assertTrue(imgs.size() >= 5, imgs.size() + " charts: rate, procurement, outcomes, two corrected shares");
        for (Element img : imgs) {
            BufferedImage image = ImageIO.read(out.resolve(img.attr("src")).toFile());
            assertNotNull(image, img.attr("src") + " decodes");
            assertTrue(image.getWidth() >= 600 && image.getHeight() >= 300);
        }
        assertEquals(gold.get(Warehouse.STATS_BY_LEVEL).count() + 1, doc.select("table.stats_by_level tr").size());
        assertTrue(doc.text().contains("Provenance"));
        assertTrue(doc.text().contains("7,676.8亿元"));
    }

    /** Expected rows keyed by their group values joined with "|"; every expected column must match. */
    static void assertTableEquals(Map<String, Map<String, Object>> expected, Dataset<Row> actual, String... keys) {
        Map<String, Row> byKey = new TreeMap<>();
        for (Row r : actual.collectAsList()) {
            String k = Arrays.stream(keys).map(c -> String.valueOf((Object) r.getAs(c))).collect(Collectors.joining("|"));
            byKey.put(k, r);
        }
        assertEquals(expected.keySet(), byKey.keySet(), "rows of " + Arrays.toString(actual.columns()));
        expected.forEach((k, cols) -> cols.forEach((c, e) -> {
            if (!Arrays.asList(actual.columns()).contains(c)) return; // helper columns of the calculator
            Object a = byKey.get(k).getAs(c);
            String where = k + " " + c + ": expected " + e + ", got " + a;
            if (e == null || a == null) {
                assertEquals(e, a, where);
            } else if (e instanceof Double d) {
                assertEquals(d, ((Number) a).doubleValue(), 1e-12, where);
            } else if (e instanceof BigDecimal d) {
                assertEquals(0, d.compareTo((BigDecimal) a), where);
            } else {
                assertEquals(e, a, where);
            }
        }));
    }

    // --- building test reports ---

    static void add(String body, boolean current, ReportBuilder b) {
        INPUTS.add(new IndependentStats.Input(body, b.build(), current));
    }

    static ReportBuilder gov(String sha, String agency, String place, String level, String province, Integer year) {
        return new ReportBuilder().file(sha + ".html").path("/data/raw/" + sha + ".html").sha256(sha).format("html")
                .agency(agency).placeCode(place).level(level).province(province).isDepartment(false).reportYear(year);
    }

    static List<Long> r(Integer... v) {
        return Arrays.stream(v).map(x -> x == null ? null : x.longValue()).toList();
    }

    static List<Long> zeros() {
        return r(0, 0, 0, 0, 0, 0, 0);
    }

    static Map<String, Object> sec2(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static Map<String, List<Long>> s3(Object... kv) {
        Map<String, List<Long>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked") List<Long> v = (List<Long>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return m;
    }

    static Map<String, List<Long>> s4(List<Long> reconsideration, List<Long> direct, List<Long> after) {
        Map<String, List<Long>> m = new LinkedHashMap<>();
        m.put("reconsideration", reconsideration);
        m.put("litigation_direct", direct);
        m.put("litigation_after_reconsideration", after);
        return m;
    }

    static Full full(Map<String, Map<String, Object>> s2, Map<String, List<Long>> s3, Map<String, List<Long>> s4) {
        return new Full(s2, s3, s4);
    }
}
