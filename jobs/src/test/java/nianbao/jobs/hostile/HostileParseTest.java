package nianbao.jobs.hostile;

import nianbao.Parsed;
import nianbao.ReportParser;
import nianbao.extract.Limits;
import nianbao.model.Json;
import nianbao.jobs.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every file of the hostile corpus through the parser alone, under the default limits: each file that is not a report
 * ends with a one-line error, never an exception, and the GBK copy of a seed reads exactly like the seed.
 */
class HostileParseTest {
    @TempDir
    static Path tmp;
    static List<HostileCorpus.Entry> corpus;
    static Path seed;

    @BeforeAll
    static void write() throws IOException {
        seed = Settings.home().resolve("samples/000_1a03130d040d2924.txt");
        corpus = HostileCorpus.write(tmp.resolve("hostile"), seed);
    }

    @Test
    void corpusHasAtLeastFiftyFiles() {
        assertTrue(corpus.size() >= 50, "only " + corpus.size() + " hostile files");
    }

    @Test
    void everyHostileFileIsAOneLineErrorNotAReport() throws IOException {
        Limits limits = Limits.DEFAULT.withTimeoutMillis(20_000);
        List<String> wrong = new ArrayList<>();
        for (HostileCorpus.Entry e : corpus) {
            Path p = tmp.resolve("hostile").resolve(e.name());
            if (!Files.isRegularFile(p) || Files.size(p) > limits.maxBytes()) continue; // listing and read: the ingest test
            Parsed parsed = ReportParser.parse(p.toString(), Files.readAllBytes(p), null, limits, null);
            String error = parsed.report().error();
            if (e.expect() == HostileCorpus.Expect.FAIL && error == null) wrong.add(e.name() + " (" + e.what() + ") became a report");
            if (error != null && (error.contains("\n") || error.contains("\tat ") || error.isBlank())) {
                wrong.add(e.name() + ": not a one-line reason: " + error);
            }
            System.out.println(e.name() + " -> " + (error == null ? "report" : error));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aGbkCopyOfAReportReadsLikeTheReport() throws IOException {
        Parsed original = ReportParser.parse(seed.toString(), Files.readAllBytes(seed));
        Path gbk = tmp.resolve("hostile/gbk-report.txt");
        Parsed copy = ReportParser.parse(gbk.toString(), Files.readAllBytes(gbk));
        assertNull(copy.report().error());
        assertEquals(Json.line(original.report().full()), Json.line(copy.report().full()));
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWithItsSize() {
        Limits small = new Limits(10, 0, 10, 10, 10, 10, 10, 10, 10);
        Parsed p = ReportParser.parse("x.txt", new byte[11], null, small, null);
        assertNotNull(p.report().error());
        assertTrue(p.report().error().contains("11 bytes"), p.report().error());
    }

    @Test
    void aParseThatRunsOutOfTimeStopsItsThread() throws Exception {
        // the merged-cell sheet keeps a core busy for a long time without limits; with a tiny budget it must stop,
        // and the worker thread must be idle afterwards (not still laying out the grid)
        Path merges = tmp.resolve("hostile/merges.xlsx");
        byte[] bytes = Files.readAllBytes(merges);
        Limits l = new Limits(Long.MAX_VALUE, 1, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE,
                Double.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        Parsed p = ReportParser.parse("merges.xlsx", bytes, null, l, null);
        assertNotNull(p.report().error());
        assertTrue(p.report().flags().contains("timeout"), p.report().error());
        boolean busy = true;
        for (int i = 0; i < 100 && busy; i++) {
            busy = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> t.getName().equals("nianbao-parse") && t.getState() == Thread.State.RUNNABLE);
            if (busy) Thread.sleep(100);
        }
        assertFalse(busy, "a parse thread is still running after its budget");
    }
}
