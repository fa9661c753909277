package nianbao.jobs.cli;

import nianbao.jobs.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private static PrintStream savedErr;
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

    @BeforeAll
    static void capture() {
        savedErr = System.err;
        System.setErr(new PrintStream(ERR, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void restore() {
        System.setErr(savedErr);
    }

    private static Path junk(Path folder, String name, long seed) throws IOException {
        byte[] b = new byte[3000];
        new Random(seed).nextBytes(b);
        return Files.write(Files.createDirectories(folder).resolve(name), b);
    }

    private static int ingest(Path input, Path warehouse, String... more) {
        ERR.reset();
        String[] base = {"ingest", "--input", input.toString(), "--warehouse", warehouse.toString(),
                "--master", "local[2]", "--set", "spark.ui.enabled=false", "--set", "spark.sql.shuffle.partitions=2"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Main.run(args);
    }

    private static String lastLine() {
        String[] lines = ERR.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void everyDocumentFailingIsAFailedRun() throws IOException {
        Path in = dir.resolve("all-bad");
        junk(in, "a.pdf", 1);
        junk(in, "b.docx", 2);
        assertEquals(Main.FAILED, ingest(in, dir.resolve("w1")));
        assertTrue(lastLine().contains("all 2 new documents failed"), lastLine());
        assertFalse(ERR.toString(StandardCharsets.UTF_8).contains("\tat "));
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
        assertEquals(Main.PARTIAL, ingest(in, dir.resolve("w2"), "--max-failed", "1"));
        assertTrue(lastLine().contains("2 of 7 new documents failed, more than --max-failed 1"), lastLine());
        assertEquals(hadSessionWarehouse, Files.exists(cwd.resolve("spark-warehouse")),
                "a run leaves no spark-warehouse/ where it was started");
        // the same failures under a share limit they stay within: a successful run (nothing new to read)
        assertEquals(Main.OK, ingest(in, dir.resolve("w2"), "--max-failed", "50%"));
    }
}
