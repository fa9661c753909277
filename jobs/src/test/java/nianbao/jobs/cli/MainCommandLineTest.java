package nianbao.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.jobs.Main;
import nianbao.jobs.testing.Cli;
import nianbao.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each case of the command line a person or a scheduler meets, driven through {@link Main#run}: the exit code, the
 * first line, and no stack trace unless {@code --verbose}. The Spark cases (a run whose documents fail) are in
 * {@link IngestExitCodeTest}; everything here fails before a session would start.
 */
class MainCommandLineTest {
    private static final Path SAMPLES = Path.of(System.getProperty("nianbao.home", "..")).resolve("samples")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Cli last;

    private int run(String... args) {
        last = Cli.run(args);
        return last.code();
    }

    private String stdout() {
        return last.out();
    }

    private String stderr() {
        return last.err();
    }

    /** The whole error output is one line, names the command, and carries no stack frame. */
    private void oneLineError(String command, String mustContain) {
        String e = stderr().strip();
        assertFalse(e.contains("\n"), "more than one line:\n" + e);
        assertFalse(e.contains("\tat ") || e.contains("Exception in"), e);
        assertTrue(e.startsWith("nianbao " + command), e);
        assertTrue(e.contains(mustContain), "'" + mustContain + "' not in: " + e);
    }

    @Test
    void everyCommandHasHelpWithItsOptionsAndExitsZero() {
        CommandLine root = Commands.commandLine();
        assertTrue(root.getSubcommands().size() >= 8, root.getSubcommands().keySet().toString());
        for (String name : root.getSubcommands().keySet()) {
            assertEquals(Main.OK, run(name, "--help"), name + ": " + stderr());
            assertTrue(stdout().startsWith("Usage: nianbao " + name), name + ": " + stdout());
            assertTrue(stdout().contains("-h, --help"), name + ": " + stdout());
        }
        assertEquals(Main.OK, run("help", "ingest"));
        String help = stdout().replaceAll("\\s+", " "); // help wraps at the terminal's width
        assertTrue(help.contains("--max-failed"), help);
        assertTrue(help.contains("env NIANBAO_WAREHOUSE"), "options name their environment variable: " + help);
        assertTrue(help.contains("default: 10%"), "options show their default: " + help);
    }

    @Test
    void unknownOptionAndBadValueAreOneUsageLine() {
        assertEquals(Main.USAGE, run("ingest", "--bogus"));
        oneLineError("ingest", "Unknown option: '--bogus'");
        assertEquals(Main.USAGE, run("stats", "--warehouse", dir.toString(), "--format", "xml"));
        oneLineError("stats", "xml");
        assertEquals(Main.USAGE, run("ingest", "--input", SAMPLES.toString(), "--warehouse",
                dir.resolve("w").toString(), "--max-failed", "many"));
        oneLineError("ingest", "--max-failed");
        assertFalse(Files.exists(dir.resolve("w")), "nothing is created for a run that cannot start");
    }

    @Test
    void noCommandPrintsTheListAndIsAUsageError() {
        assertEquals(Main.USAGE, run());
        assertTrue(stderr().contains("ingest") && stderr().contains("aggregate"), stderr());
    }

    @Test
    void aWarehouseThatIsAFileIsOneLineBeforeSpark() throws IOException {
        Path file = Files.writeString(dir.resolve("tables"), "x");
        assertEquals(Main.USAGE, run("stats", "--warehouse", file.toString()));
        oneLineError("stats", file + ": is a file, not a folder");
        assertEquals(Main.USAGE, run("ingest", "--input", SAMPLES.toString(), "--warehouse", file.toString()));
        oneLineError("ingest", "is a file, not a folder");
    }

    @Test
    void statsBeforeAggregateSaysWhatToRunFirst() throws IOException {
        Path w = Files.createDirectories(dir.resolve("w"));
        assertEquals(Main.USAGE, run("stats", "--warehouse", w.toString()));
        oneLineError("stats", "run bin/nianbao aggregate");
    }

    @Test
    void aMistypedInputCreatesNoWarehouse() {
        Path w = dir.resolve("w");
        assertEquals(Main.USAGE, run("ingest", "--input", dir.resolve("samplez").toString(), "--warehouse",
                w.toString()));
        oneLineError("ingest", "no such folder");
        assertFalse(Files.exists(w));
    }

    @Test
    void anEmptyInputFailsUnlessAllowed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path w = dir.resolve("w");
        assertEquals(Main.FAILED, run("ingest", "--input", empty.toString(), "--warehouse", w.toString()));
        oneLineError("ingest", "nothing to ingest");
        assertFalse(Files.exists(w), "no tables for a run with nothing to read");
    }

    @Test
    void sqlIsReadOnlyUnlessWriteIsGiven() throws IOException {
        Path w = Files.createDirectories(dir.resolve("w"));
        for (String q : List.of("DELETE FROM reports WHERE true", "drop table documents",
                "  update runs set status='x'", "INSERT INTO failures SELECT * FROM failures")) {
            assertEquals(Main.USAGE, run("sql", "--warehouse", w.toString(), q), q);
            oneLineError("sql", "read-only");
        }
    }

    @Test
    void byYearWithoutLevelRefusesUnlessSumLevels() throws IOException {
        Path w = Files.createDirectories(dir.resolve("w"));
        assertEquals(Main.USAGE, run("stats", "--warehouse", w.toString(), "--by", "year"));
        oneLineError("stats", "--sum-levels");
    }

    @Test
    void explainGoesToStderrSoStdoutStaysJson() throws IOException {
        Path seed;
        try (var s = Files.list(SAMPLES)) {
            seed = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        assertEquals(Main.OK, run("parse", "--explain", seed.toString()));
        String[] lines = stdout().strip().split("\n");
        assertEquals(1, lines.length, stdout());
        JsonNode report = Json.MAPPER.readTree(lines[0]);
        assertEquals(seed.getFileName().toString(), report.get("file").asText());
        assertTrue(stderr().contains("template "), "the explanation is on stderr: " + stderr());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsAnErrorNotText() throws IOException {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Path fake = Files.write(dir.resolve("report.pdf"), noise);
        assertEquals(Main.FAILED, run("parse", fake.toString()));
        String e = stderr().strip();
        assertTrue(e.contains(fake.toString()) && e.contains("not a pdf"), e);
        assertFalse(e.contains("\tat "), e);
        assertFalse(stdout().contains("\"format\":\"txt\""), stdout());
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path w = Files.createDirectories(dir.resolve("w"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(Main.FAILED, run("ingest", "--verbose", "--input", empty.toString(), "--warehouse",
                w.toString()));
        assertTrue(stderr().contains("\tat "), "a stack trace with --verbose: " + stderr());
    }

    @Test
    void relativePathsMeanTheCurrentFolder() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.resolve("in/reports").toString(), Locations.absolute("in/reports"));
        assertEquals("s3a://bucket/reports", Locations.absolute("s3a://bucket/reports"));
    }
}
