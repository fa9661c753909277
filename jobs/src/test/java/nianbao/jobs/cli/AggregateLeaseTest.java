package nianbao.jobs.cli;

import nianbao.jobs.Main;
import nianbao.jobs.ingest.Lease;
import nianbao.jobs.testing.Cli;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `aggregate` by hand beside a nightly run: it writes the same gold tables as the nightly's aggregate step, so it
 * takes the warehouse lease too, and while another run holds it fails at once naming that run, having written nothing.
 */
class AggregateLeaseTest {
    private static final Path SAMPLES = Path.of(System.getProperty("nianbao.home", "..")).resolve("samples")
            .toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    private static Cli run(String command, String... args) {
        String[] base = {command, "--master", "local[2]", "--set", "spark.ui.enabled=false",
                "--set", "spark.sql.shuffle.partitions=2"};
        String[] all = java.util.Arrays.copyOf(base, base.length + args.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return Cli.run(all);
    }

    @Test
    void aggregateRefusesAWarehouseAnotherRunHoldsAndNamesThatRun() {
        Path wh = dir.resolve("warehouse");
        assertEquals(Main.OK, run("ingest", "--input", SAMPLES.toString(), "--warehouse", wh.toString()).code());
        try (Lease ignored = Lease.acquire(new Configuration(), wh.toString(), "run-nightly-held", 600, 0)) {
            Cli refused = run("aggregate", "--warehouse", wh.toString());
            assertEquals(Main.FAILED, refused.code(), refused::toString);
            assertTrue(refused.err().contains("run-nightly-held"), refused::toString);
            assertFalse(Files.exists(wh.resolve("stats_by_level")), "nothing is written under another run's lease");
        }
        assertEquals(Main.OK, run("aggregate", "--warehouse", wh.toString()).code());
        assertTrue(Files.exists(wh.resolve("stats_by_level")));
    }
}
