package nianbao.tools.generate;

import nianbao.ReportParser;
import nianbao.model.Flags;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator's truth oracle ({@link KnowableCells}) and the parser's deduction rule implement the same rule twice,
 * on purpose: the oracle imports nothing of the parser's reading code, and every cell the parser deduces is known to
 * the oracle with the same value. A report does not mark which of its cells were deduced, so in every report the
 * parser flags {@code deduced}, every section-三/四 value it gives is checked against the truth (its printed values
 * agree as well, so the check covers the deduced ones).
 */
class KnowableCellsAgreeWithParserTest {
    private static final int FILES = 400;
    /** Noise that hides cells: blanks for 0, "/" cells, collapsed rows, lost row labels, text cut off. */
    private static final String HIDING = "blank_zero,slash,collapsed,lost_labels,truncated";
    private static final Pattern PARSER_READING = Pattern.compile("\\bnianbao\\.(read|meta)\\.");

    @Test
    void everyCellTheParserDeducesIsKnownToTheOracleWithTheSameValue() {
        Generator g = new Generator(2026, List.of("txt", "html"), Noise.Mix.parse(HIDING));
        int deduced = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Generated d = g.generate(i);
            Report parsed = ReportParser.parse(d.name(), d.bytes()).report();
            if (!parsed.flags().contains(Flags.DEDUCED)) continue;
            deduced++;
            Report truth = d.truth();
            if (parsed.full() == null) continue;
            compare(d.name() + " section 三", parsed.full().section3(),
                    truth.full() == null ? null : truth.full().section3(), disagreements);
            compare(d.name() + " section 四", parsed.full().section4(),
                    truth.full() == null ? null : truth.full().section4(), disagreements);
        }
        assertTrue(deduced >= 20, "only " + deduced + " of " + FILES + " reports had deduced cells");
        assertEquals(List.of(), disagreements, "cells the parser filled that the oracle does not know so");
    }

    @Test
    void theOracleImportsNothingOfTheParsersReadingCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nianbao/tools/generate"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).trim();
                    // Comments may name the parser's classes; code may not.
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue;
                    if (PARSER_READING.matcher(code).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + " " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static void compare(String where, Map<String, List<Long>> parsed, Map<String, List<Long>> truth,
                                List<String> out) {
        if (parsed == null) return;
        for (Map.Entry<String, List<Long>> row : parsed.entrySet()) {
            List<Long> known = truth == null ? null : truth.get(row.getKey());
            for (int c = 0; c < row.getValue().size(); c++) {
                Long value = row.getValue().get(c);
                Long oracle = known == null || c >= known.size() ? null : known.get(c);
                if (value != null && !Objects.equals(value, oracle)) {
                    out.add(where + " " + row.getKey() + "[" + c + "]: parser " + value + ", oracle " + oracle);
                }
            }
        }
    }
}
