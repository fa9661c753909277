package nianbao;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.model.Json;
import nianbao.model.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed reports ({@code samples/*.txt}) against their hand labels ({@code samples/truth/*.json}, read off
 * the texts by hand: never parser output). Every headline key, every {@code full} cell and {@code template} must
 * match exactly; {@code report_year}, {@code level} and {@code province} are compared when the parser gives them (the
 * metadata reader fills them).
 */
class GoldenTest {
    private static final List<String> SEEDS = List.of("000_1a03130d040d2924", "001_617dfa8ade4c1a0e",
            "002_fb3e4d97a50cfdcc", "003_62687585584c4384", "004_d0913d7d57e43191");
    static final Path SAMPLES = Path.of("..", "samples");
    private static final List<String> OPTIONAL = List.of("report_year", "level", "province");

    @TestFactory
    Stream<DynamicTest> seedsMatchTheirLabels() {
        return SEEDS.stream().map(seed -> DynamicTest.dynamicTest(seed, () -> {
            JsonNode truth = Json.MAPPER.readTree(SAMPLES.resolve("truth").resolve(seed + ".json").toFile());
            Report report = ReportParser.parse("samples/" + seed + ".txt", resource(seed + ".txt")).report();
            assertEquals(null, report.error(), "error");
            JsonNode got = Json.MAPPER.valueToTree(report);
            List<String> diffs = new ArrayList<>();
            for (String key : Report.HEADLINE_KEYS) compare(key, truth.get(key), got.get(key), diffs);
            compare("template", truth.get("template"), got.get("template"), diffs);
            for (String key : OPTIONAL) {
                if (!got.get(key).isNull()) compare(key, truth.get(key), got.get(key), diffs);
            }
            compareTree("full", truth.get("full"), got.get("full"), diffs);
            assertTrue(diffs.isEmpty(), seed + ":\n" + String.join("\n", diffs));
        }));
    }

    private static void compareTree(String path, JsonNode want, JsonNode got, List<String> diffs) {
        if (want.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode g = got == null || got.isNull() ? null : got.get(e.getKey());
                compareTree(path + "." + e.getKey(), e.getValue(), g, diffs);
            }
        } else if (want.isArray()) {
            for (int i = 0; i < want.size(); i++) {
                JsonNode g = got == null || got.isNull() ? null : got.get(i);
                compareTree(path + "[" + i + "]", want.get(i), g, diffs);
            }
        } else {
            compare(path, want, got, diffs);
        }
    }

    private static void compare(String key, JsonNode want, JsonNode got, List<String> diffs) {
        boolean wantNull = want == null || want.isNull();
        boolean gotNull = got == null || got.isNull();
        if (wantNull || gotNull) {
            if (wantNull != gotNull) diffs.add(key + ": want " + want + ", got " + got);
            return;
        }
        if (want.isNumber() && got.isNumber()) {
            if (new BigDecimal(want.asText()).compareTo(new BigDecimal(got.asText())) != 0) {
                diffs.add(key + ": want " + want + ", got " + got);
            }
        } else if (!want.asText().equals(got.asText())) {
            diffs.add(key + ": want " + want + ", got " + got);
        }
    }

    /** A seed report's bytes, from the repo's one copy of the seeds (tests run in common/). */
    static byte[] resource(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }
}
