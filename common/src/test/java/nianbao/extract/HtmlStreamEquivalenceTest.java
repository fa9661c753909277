package nianbao.extract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The differential test that keeps the DOM-free fast path honest: on every page, {@link HtmlStream#blocks} must
 * either decline (null) or give exactly what jsoup + {@link HtmlWalker} give ({@link HtmlExtractor#viaJsoup}).
 * Pages come from hand-written fixtures of real-world HTML mess ({@code src/test/resources/html-variety}, each with
 * a one-line comment saying what it reproduces; "plain:" marks well-formed report pages), their CRLF and cut-off
 * variants, the seed reports rendered as HTML, the pages of the other HTML tests, and seeded {@link RandomHtml}
 * pages. How many pages the fast path accepted is printed at the end. A failing random page is also written to
 * {@code target/html-equiv-failures/} so it can be replayed.
 */
class HtmlStreamEquivalenceTest {
    private static final String FIXTURES = "/html-variety";
    private static final int MESSY_PAGES = 10000;
    private static final int UNTIDY_PAGES = 5000;
    private static final int PLAIN_PAGES = 500;
    private static final long SEED = 2024_0601L;
    /** Cut-off variants per fixture (truncated downloads). */
    private static final int CUTS = 4;
    /** How many failing random pages are described in full in the failure message, and saved to {@link #FAILURES}. */
    private static final int SHOWN = 3;
    private static final int SAVED = 20;
    private static final Path FAILURES = Path.of("target", "html-equiv-failures");

    /** Source → {accepted, declined}. */
    private static final Map<String, int[]> TALLY = new TreeMap<>();

    // Each fixture as written, with CRLF line ends, and cut off at a few places.
    @BeforeAll
    static void forgetEarlierFailures() throws IOException {
        if (!Files.isDirectory(FAILURES)) return;
        try (Stream<Path> old = Files.list(FAILURES)) {
            for (Path p : old.toList()) Files.delete(p);
        }
    }

    @TestFactory
    Stream<DynamicTest> varietyFixturesReadAsJsoupReadsThem() {
        return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            String html = read(f);
            checkPage("fixtures", name, html);
            checkPage("fixture variants", name + " (CRLF)", html.replace("\r\n", "\n").replace("\n", "\r\n"));
            Random r = new Random(name.hashCode());
            for (int i = 0; i < CUTS; i++) {
                int at = r.nextInt(html.length());
                checkPage("fixture variants", name + " (cut at char " + at + ")", html.substring(0, at));
            }
        }));
    }

    // The fixture set itself: big enough, and every file says which real-world mess it reproduces.
    @Test
    void everyFixtureNamesTheMessItReproduces() {
        List<Path> all = fixtures();
        assertTrue(all.size() >= 25, "only " + all.size() + " fixtures");
        for (Path f : all) {
            String first = read(f).lines().findFirst().orElse("");
            assertTrue(first.matches("<!-- \\S.{10,} -->"), f.getFileName() + " starts without a one-line comment: " + first);
        }
        assertTrue(plainFixtures().size() >= 8, "too few plain fixtures: " + plainFixtures());
    }

    // The five seed reports as a CMS renders them (paragraphs and &nbsp;-filled tables).
    @Test
    void seedReportsRenderedAsHtml() {
        for (Map.Entry<String, String> seed : seedPages().entrySet()) checkPage("seed reports", seed.getKey(), seed.getValue());
    }

    // The pages the hand-written HTML tests use: the section-三 table with spans, wrapped, nested, script-written.
    @Test
    void pagesOfTheOtherHtmlTests() {
        String table = HtmlExtractorTest.TABLE;
        String escaped = table.replace("\n", "\\n").replace("\"", "\\\"").replace("</", "<\\/");
        List<String> pages = List.of(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某镇2020年政府信息公开工作年度报告</title></head><body>"
                        + "<h2>三、收到和处理政府信息公开申请情况</h2>" + table + "<p>四、行政复议<br>和行政诉讼</p></body></html>",
                "<p>\u3000\u3000根据《条例》，&nbsp;&nbsp;现将\n  报告如下。\u3000</p><table><tr><td>\u3000\u3000 一、 本年\t新收 "
                        + "<br><br> &nbsp; <p>\u200B第二行 </p></td><td> &nbsp;\u3000</td></tr></table>",
                "<table><tr><td>导航</td></tr><tr><td><p>正文开始</p>" + table + "</td></tr></table>",
                "<html><head><script>var x = 1; // \"not markup\"\n</script></head><body><div id=\"c\"></div>"
                        + "<script type=\"text/javascript\">document.write(\"" + escaped + "\");</script></body></html>",
                "<HTML><BODY><SCRIPT LANGUAGE=\"JavaScript\">document.write('<TABLE><TR><TD>\u4e00\u3001<\\/TD><TD>3<\\/TD>"
                        + "<\\/TR><\\/TABLE>');</SCRIPT></BODY></HTML>",
                table);
        for (int i = 0; i < pages.size(); i++) checkPage("other tests' pages", "HtmlExtractorTest page " + i, pages.get(i));
    }

    @Test
    void randomMessyPages() {
        randomPages("random messy", MESSY_PAGES, seed -> RandomHtml.page(seed, false));
    }

    @Test
    void randomUntidyPages() {
        randomPages("random untidy", UNTIDY_PAGES, RandomHtml::untidy);
    }

    @Test
    void randomPlainPages() {
        randomPages("random plain", PLAIN_PAGES, seed -> RandomHtml.page(seed, true));
    }

    /**
     * The floor: well-formed report pages (fixtures marked "plain:", the seed renderings) must all take the fast
     * path, and nearly all plain random pages. Otherwise the fast path is correct but useless.
     */
    @Test
    void plainReportPagesTakeTheFastPath() {
        List<String> declined = new ArrayList<>();
        for (Path f : plainFixtures()) {
            if (HtmlStream.blocks(read(f)) == null) declined.add(f.getFileName().toString());
        }
        for (Map.Entry<String, String> seed : seedPages().entrySet()) {
            if (HtmlStream.blocks(seed.getValue()) == null) declined.add(seed.getKey());
        }
        assertEquals(List.of(), declined, "plain pages the fast path declined");
        int accepted = 0;
        for (int i = 0; i < PLAIN_PAGES; i++) {
            if (HtmlStream.blocks(RandomHtml.page(SEED + i, true)) != null) accepted++;
        }
        assertTrue(accepted >= PLAIN_PAGES * 9 / 10, "fast path accepted only " + accepted + " of " + PLAIN_PAGES
                + " plain random pages");
    }

    @AfterAll
    static void printCoverage() {
        StringBuilder sb = new StringBuilder("HtmlStream coverage (accepted / declined):\n");
        int a = 0;
        int d = 0;
        for (Map.Entry<String, int[]> e : TALLY.entrySet()) {
            int[] t = e.getValue();
            sb.append(String.format("  %-20s %5d accepted %5d declined%n", e.getKey(), t[0], t[1]));
            a += t[0];
            d += t[1];
        }
        sb.append(String.format("  %-20s %5d accepted %5d declined%n", "total", a, d));
        System.out.print(sb);
    }

    private static void randomPages(String source, int count, LongFunction<String> pages) {
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < count; i++) {
            long seed = SEED + i;
            String html = pages.apply(seed);
            String name = source + " page " + i + " (RandomHtml seed " + seed + "L)";
            try {
                checkPage(source, name, html);
            } catch (AssertionError e) {
                failed++;
                Path file = failed <= SAVED ? save(source.replace(' ', '-') + "-" + seed + ".html", html) : null;
                if (failures.size() < SHOWN) failures.add(e.getMessage() + "\n(saved as " + file + ")");
            }
        }
        if (failed > 0) {
            fail(failed + " of " + count + " " + source + " pages differ (the first " + Math.min(failed, SAVED)
                    + " are saved in " + FAILURES.toAbsolutePath() + "); the first " + failures.size() + ":\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** The core assertion: the fast path declines or reads the page exactly as jsoup does. */
    private static void checkPage(String source, String name, String html) {
        List<Page.Block> stream;
        try {
            stream = HtmlStream.blocks(html);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("HtmlStream.blocks threw " + e + " on " + name + "\n--- input ---\n" + html, e);
        }
        int[] t;
        synchronized (TALLY) {
            t = TALLY.computeIfAbsent(source, k -> new int[2]);
            t[stream == null ? 1 : 0]++;
        }
        if (stream == null) return;
        List<Page.Block> jsoup = HtmlExtractor.viaJsoup(html);
        if (!jsoup.equals(stream)) fail(BlockDiff.describe(name, html, jsoup, stream));
    }

    private static List<Path> fixtures() {
        try (Stream<Path> files = Files.list(Path.of(HtmlStreamEquivalenceTest.class.getResource(FIXTURES).toURI()))) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> plainFixtures() {
        return fixtures().stream().filter(f -> read(f).startsWith("<!-- plain:")).toList();
    }

    /** The seed reports (../samples/*.txt) rendered as HTML pages, by file name. */
    private static Map<String, String> seedPages() {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                pages.put(p.getFileName().toString(), new String(SeedRenderings.html(text), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(pages.size() >= 5, "seed reports missing: " + pages.keySet());
        return pages;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path save(String file, String html) {
        try {
            Files.createDirectories(FAILURES);
            return Files.writeString(FAILURES.resolve(file), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return FAILURES.resolve(file + " (not saved: " + e.getMessage() + ")");
        }
    }
}
