package nianbao.meta;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.model.Flags;
import nianbao.model.Json;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The five seed reports (../samples) against their hand labels: agency, level, is_department, province, year. */
class SeedMetadataTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TestFactory
    List<DynamicTest> seedsMatchTheirLabels() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path label : labels()) {
            JsonNode t = Json.MAPPER.readTree(label.toFile());
            String file = t.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> {
                Report r = read(file);
                assertAll(
                        () -> assertEquals(t.get("agency").asText(), r.agency(), "agency"),
                        () -> assertEquals(t.get("level").asText(), r.level(), "level"),
                        () -> assertEquals(t.get("is_department").asBoolean(), r.isDepartment(), "is_department"),
                        () -> assertEquals(t.get("province").asText(), r.province(), "province"),
                        () -> assertEquals(t.get("report_year").asInt(), r.reportYear(), "report_year"),
                        () -> assertFalse(r.flags().contains(Flags.PLACE_AMBIGUOUS), "place_ambiguous"),
                        () -> assertFalse(r.flags().contains(Flags.YEAR_CONFLICT), "year_conflict"));
            }));
        }
        assertEquals(5, tests.size(), "seed labels in samples/truth");
        return tests;
    }

    static Report read(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
        ReportBuilder b = new ReportBuilder();
        MetadataReader.read(text, null, "samples/" + file, b);
        return b.build();
    }

    /** The hand labels, one JSON file per seed (samples/truth/README.md). */
    static List<Path> labels() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("truth"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
