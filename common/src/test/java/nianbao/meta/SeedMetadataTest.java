package nianbao.meta;

import nianbao.model.Flags;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The five seed reports (../samples) against their hand labels: agency, level, is_department, province, year. */
class SeedMetadataTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TestFactory
    List<DynamicTest> seedsMatchTheirLabels() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : golden()) {
            String[] f = line.split("\t");
            tests.add(DynamicTest.dynamicTest(f[0], () -> {
                Report r = read(f[0]);
                assertAll(
                        () -> assertEquals(f[1], r.agency(), "agency"),
                        () -> assertEquals(f[2], r.level(), "level"),
                        () -> assertEquals(Boolean.valueOf(f[3]), r.isDepartment(), "is_department"),
                        () -> assertEquals(f[4], r.province(), "province"),
                        () -> assertEquals(Integer.valueOf(f[5]), r.reportYear(), "report_year"),
                        () -> assertFalse(r.flags().contains(Flags.PLACE_AMBIGUOUS), "place_ambiguous"),
                        () -> assertFalse(r.flags().contains(Flags.YEAR_CONFLICT), "year_conflict"));
            }));
        }
        return tests;
    }

    static Report read(String file) throws IOException {
        String text = Files.readString(SAMPLES.resolve(file), StandardCharsets.UTF_8);
        ReportBuilder b = new ReportBuilder();
        MetadataReader.read(text, null, "samples/" + file, b);
        return b.build();
    }

    static List<String> golden() throws IOException {
        try (InputStream in = SeedMetadataTest.class.getResourceAsStream("/nianbao/meta/seeds-metadata.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
