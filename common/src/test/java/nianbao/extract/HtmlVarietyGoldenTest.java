package nianbao.extract;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden tests of {@link HtmlWalker} on jsoup's DOM: hand-written pages of real-world HTML mess
 * ({@code src/test/resources/html-variety/NN-name.html}, each starting with a one-line comment saying what it
 * reproduces; "plain:" marks well-formed report pages), each with its expected blocks beside it
 * ({@code NN-name.blocks}, one {@link BlockDiff#show} line per block). A page that reads differently fails, and its
 * new reading is written to {@code target/html-variety-actual/} so that, once checked, it can be copied over the
 * expected file.
 */
class HtmlVarietyGoldenTest {
    private static final String FIXTURES = "/html-variety";
    private static final Path ACTUAL = Path.of("target", "html-variety-actual");

    @TestFactory
    Stream<DynamicTest> everyPageReadsAsItsExpectedBlocks() {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String name = page.getFileName().toString();
            List<String> actual = BlockDiff.lines(HtmlExtractor.blocks(read(page)));
            Path expectedFile = page.resolveSibling(name.replaceFirst("\\.html$", ".blocks"));
            List<String> expected = Files.exists(expectedFile) ? read(expectedFile).lines().toList() : null;
            if (actual.equals(expected)) return;
            Path written = save(expectedFile.getFileName().toString(), actual);
            fail((expected == null ? "no expected blocks for " + name + " (" + expectedFile.getFileName() + ")\n"
                    : BlockDiff.describe(name, expected, actual)) + "actual blocks written to " + written);
        }));
    }

    // The fixture set itself: big enough, and every file says which real-world mess it reproduces.
    @Test
    void everyPageNamesTheMessItReproduces() {
        List<Path> all = pages();
        assertTrue(all.size() >= 25, "only " + all.size() + " pages");
        for (Path f : all) {
            String first = read(f).lines().findFirst().orElse("");
            assertTrue(first.matches("<!-- \\S.{10,} -->"), f.getFileName() + " starts without a one-line comment: " + first);
        }
        assertTrue(all.stream().filter(f -> read(f).startsWith("<!-- plain:")).count() >= 8, "too few plain pages");
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.list(Path.of(HtmlVarietyGoldenTest.class.getResource(FIXTURES).toURI()))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(String file, List<String> lines) {
        try {
            Files.createDirectories(ACTUAL);
            return Files.write(ACTUAL.resolve(file), lines, StandardCharsets.UTF_8).toAbsolutePath();
        } catch (IOException e) {
            return ACTUAL.resolve(file + " (not saved: " + e.getMessage() + ")");
        }
    }
}
