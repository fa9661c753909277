package nianbao.jobs.cli;

import nianbao.jobs.Main;
import nianbao.jobs.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exit codes a scheduler's {@code ingest && aggregate} relies on, through {@link Main#run} with a real local
 * session: every document failing is 1, more failures than --max-failed is 3 (partial), and the summary line says
 * why. A run leaves no {@code spark-warehouse/} in the working directory.
 */
class IngestExitCodeTest {
    private static final Path SAMPLES = Path.of(System.getProperty("nianbao.home", "..")).resolve("samples")
            .toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Path junk(Path folder, String name, long seed) throws IOException {
        byte[] b = new byte[3000];
        new Random(seed).nextBytes(b);
        return Files.write(Files.createDirectories(folder).resolve(name), b);
    }

    private static Cli ingest(Path input, Path warehouse, String... more) {
        String[] base = {"ingest", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[2]", "--set", "spark.ui.enabled=false", "--set", "spark.sql.shuffle.partitions=2"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    private static String lastLine(Cli run) {
        String[] lines = run.err().strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void everyDocumentFailingIsAFailedRun() throws IOException {
        Path in = dir.resolve("all-bad");
        junk(in, "a.pdf", 1);
        junk(in, "b.docx", 2);
        Cli run = ingest(in, dir.resolve("w1"));
        assertEquals(Main.FAILED, run.code(), run::toString);
        assertTrue(lastLine(run).contains("all 2 new documents failed"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void moreFailuresThanAllowedIsPartial() throws IOException {
        Path in = dir.resolve("mixed");
        Files.createDirectories(in);
        try (var s = Files.list(SAMPLES)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) Files.copy(p, in.resolve(p.getFileName()));
        }
        junk(in, "x.pdf", 3);
        junk(in, "y.xlsx", 4);
        Path cwd = Path.of("").toAbsolutePath();
        boolean hadSessionWarehouse = Files.exists(cwd.resolve("spark-warehouse"));
        Cli run = ingest(in, dir.resolve("w2"), "--max-failed", "1");
        assertEquals(Main.PARTIAL, run.code(), run::toString);
        assertTrue(lastLine(run).contains("2 of 7 new documents failed, more than --max-failed 1"), run::toString);
        assertEquals(hadSessionWarehouse, Files.exists(cwd.resolve("spark-warehouse")),
                "a run leaves no spark-warehouse/ where it was started");
        // the same failures under a share limit they stay within: a successful run (nothing new to read)
        assertEquals(Main.OK, ingest(in, dir.resolve("w2"), "--max-failed", "50%").code());
    }
}
