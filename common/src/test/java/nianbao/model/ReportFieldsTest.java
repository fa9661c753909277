package nianbao.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import nianbao.ReportParser;
import nianbao.form.Forms;
import nianbao.read.Headlines;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The field table ({@link ReportFields}) and the {@link Report} record say the same thing, and JSON follows them. */
class ReportFieldsTest {
    private static final List<String> SEEDS = List.of("000_1a03130d040d2924", "001_617dfa8ade4c1a0e",
            "002_fb3e4d97a50cfdcc", "003_62687585584c4384", "004_d0913d7d57e43191");

    @Test
    void theRecordHasTheTablesKeysInOrderWithTheirTypes() {
        RecordComponent[] components = Report.class.getRecordComponents();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : components) names.add(snake(c.getName()));
        assertEquals(keys(), names);
        for (int i = 0; i < components.length; i++) {
            assertEquals(ReportFields.ALL.get(i).type().javaType, components[i].getType(), names.get(i));
        }
    }

    @Test
    void eachFieldReadsItsOwnComponent() throws Exception {
        Report r = distinctValues();
        for (RecordComponent c : Report.class.getRecordComponents()) {
            ReportFields.Field f = ReportFields.get(snake(c.getName()));
            assertEquals(c.getAccessor().invoke(r), f.value().apply(r), f.key());
        }
    }

    @Test
    void jsonHasTheTablesKeysInOrderAndReadsBack() throws IOException {
        for (Report r : List.of(new ReportBuilder().build(), seed(SEEDS.get(0)), distinctValues())) {
            String line = Json.line(r);
            List<String> jsonKeys = new ArrayList<>();
            Json.MAPPER.readTree(line).fieldNames().forEachRemaining(jsonKeys::add);
            assertEquals(keys(), jsonKeys);
            assertEquals(line, Json.line(Json.readReport(line)));
        }
    }

    @Test
    void headlineKeysAndPathsComeFromTheTable() {
        assertEquals(ReportFields.ALL.stream().filter(ReportFields.Field::headline).map(ReportFields.Field::key)
                .toList(), Report.HEADLINE_KEYS);
        assertEquals(Report.HEADLINE_KEYS, List.copyOf(Headlines.paths("2019").keySet()));
        assertEquals("section2.normative_docs.issued", Headlines.paths("2021").get("normative_docs_new"));
        assertEquals("section2.normative_docs.new", Headlines.paths("unknown").get("normative_docs_new"));
        assertEquals(Map.of("apps_new_total", "section3.requests.0"), Headlines.paths("pre2019"));
    }

    /** Every count headline of the seeds is the cell its path names (the amount in yuan is converted, so not). */
    @Test
    void seedHeadlineCountsAreTheCellsTheirPathsName() throws IOException {
        for (String s : SEEDS) {
            Report r = seed(s);
            for (ReportFields.Field f : ReportFields.ALL) {
                if (!f.headline() || f.type() != ReportFields.Type.COUNT) continue;
                assertEquals(cell(r.full(), f.cell(r.template())), f.value().apply(r), s + " " + f.key());
            }
        }
    }

    /** The warehouse names section 三/四 columns from the 2019 form: the 2021 form's are the same. */
    @Test
    void sectionColumnsAreTheSameOnBothForms() {
        assertEquals(Forms.F2019.section3().columns(), Forms.F2021.section3().columns());
        assertEquals(Forms.F2019.section4().columns(), Forms.F2021.section4().columns());
    }

    private static List<String> keys() {
        return ReportFields.ALL.stream().map(ReportFields.Field::key).toList();
    }

    private static String snake(String camel) {
        return new PropertyNamingStrategies.SnakeCaseStrategy().translate(camel);
    }

    private static Object cell(Full full, String path) {
        if (full == null || path == null) return null;
        String[] p = path.split("\\.");
        return switch (p[0]) {
            case "section2" -> full.section2() == null || full.section2().get(p[1]) == null ? null
                    : full.section2().get(p[1]).get(p[2]);
            case "section3" -> at(full.section3(), p[1], Integer.parseInt(p[2]));
            case "section4" -> at(full.section4(), p[1], Integer.parseInt(p[2]));
            default -> throw new IllegalArgumentException(path);
        };
    }

    private static Long at(Map<String, List<Long>> section, String row, int i) {
        List<Long> v = section == null ? null : section.get(row);
        return v == null || v.size() <= i ? null : v.get(i);
    }

    /** A report whose every key holds a value no other key holds. */
    private static Report distinctValues() {
        ReportBuilder b = new ReportBuilder().file("f").path("p").sha256("s").format("txt").template("2019")
                .agency("a").level("county").isDepartment(true).province("pr").prefecture("pf").county("c")
                .placeCode("pc").placeEvidence("pe").reportYear(2020).normativeDocsNew(1L).licensingDecisions(2L)
                .punishmentDecisions(3L).procurementProjects(4L).procurementAmountRaw("5元").procurementUnit("元")
                .procurementAmountYuan(new BigDecimal("5.5")).appsNewTotal(6L).appsCarriedTotal(7L)
                .appsResultsTotal(8L).appsCarriedNextTotal(9L).appsDisclosedTotal(10L).reconsiderationTotal(11L)
                .litigationDirectTotal(12L).litigationAfterReconsiderationTotal(13L).sourceUrl("u")
                .full(new Full(null, Map.of("new", List.of(14L)), null)).error("e").parserVersion("v");
        return b.flag(Flags.DEDUCED).check(new Check("gouji", Check.Outcome.PASS, "d")).build();
    }

    private static Report seed(String s) throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("..", "samples", s + ".txt"));
        Report r = ReportParser.parse("samples/" + s + ".txt", bytes).report();
        assertNull(r.error(), s);
        return r;
    }
}
