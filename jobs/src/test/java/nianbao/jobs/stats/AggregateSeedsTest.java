package nianbao.jobs.stats;

import nianbao.jobs.Warehouse;
import nianbao.model.Json;
import nianbao.model.Report;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The seeds' exact numbers (issue 3) from Report objects carrying the hand-labelled truth of the five seed reports:
 * township 2020 — 4 reports, 3 zero-request, 288 procurement projects, 68,709 元 over 3 reports with a known unit,
 * 1 report with an unknown unit; 2019 — 1 report, 1 zero-request, procurement 0.
 */
class AggregateSeedsTest extends StatsTestBase {
    static final String[] SEEDS = {"000_1a03130d040d2924", "001_617dfa8ade4c1a0e", "002_fb3e4d97a50cfdcc",
            "003_62687585584c4384", "004_d0913d7d57e43191"};
    static Map<String, Dataset<Row>> gold;

    @BeforeAll
    static void aggregateSeeds() throws IOException {
        gold = Aggregate.run(spark, warehouseWith("seeds", seedReports()));
    }

    static List<Report> seedReports() throws IOException {
        List<Report> out = new ArrayList<>();
        for (String s : SEEDS) {
            // The hand labels shipped with the samples (never parser output).
            Path label = Path.of(System.getProperty("nianbao.home", "..")).resolve("samples/truth/" + s + ".json");
            Report truth = Json.readReport(Files.readString(label, StandardCharsets.UTF_8));
            // The truth files carry no hash or path; the seed's id stands in for the content hash.
            out.add(truth.toBuilder().file(s + ".txt").path("samples/" + s + ".txt").sha256(s.substring(4)).build());
        }
        return out;
    }

    static Row township(int year) {
        List<Row> rows = gold.get(Warehouse.STATS_BY_LEVEL)
                .filter("level = 'township' AND year = " + year).collectAsList();
        assertEquals(1, rows.size(), "one township row for " + year);
        return rows.get(0);
    }

    @Test
    void township2020() {
        Row r = township(2020);
        assertEquals(4L, r.<Long>getAs("reports"));
        assertEquals(4L, r.<Long>getAs("apps_known_reports"));
        assertEquals(3L, r.<Long>getAs("zero_request_reports"));
        assertEquals(0.75, r.<Double>getAs("zero_request_rate"), 1e-12);
        assertEquals(288L, r.<Long>getAs("procurement_projects"));
        assertEquals(0, new BigDecimal("68709").compareTo(r.getAs("procurement_amount_yuan")));
        assertEquals(3L, r.<Long>getAs("procurement_amount_reports"));
        assertEquals(1L, r.<Long>getAs("procurement_unit_unknown_reports"));
        // 003's bare "799100": 799,100 元 if read as 元, 7,991,000,000 元 if read as 万元.
        assertEquals(0, new BigDecimal("799100").compareTo(r.getAs("procurement_unknown_low_yuan")));
        assertEquals(0, new BigDecimal("7991000000").compareTo(r.getAs("procurement_unknown_high_yuan")));
    }

    @Test
    void township2019() {
        Row r = township(2019);
        assertEquals(1L, r.<Long>getAs("reports"));
        assertEquals(1L, r.<Long>getAs("zero_request_reports"));
        assertEquals(1.0, r.<Double>getAs("zero_request_rate"), 1e-12);
        assertEquals(0L, r.<Long>getAs("procurement_projects"));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.getAs("procurement_amount_yuan")));
        assertEquals(0L, r.<Long>getAs("procurement_unit_unknown_reports"));
        assertNull(r.getAs("procurement_unknown_low_yuan"));
    }

    @Test
    void seedsAreFiveDistinctBodiesWithoutCopies() {
        assertEquals(5L, gold.get(Warehouse.STATS_BODIES).count());
        assertEquals(0L, gold.get(Warehouse.STATS_BODIES).filter("copies > 1 OR copy_paste").count());
    }
}
