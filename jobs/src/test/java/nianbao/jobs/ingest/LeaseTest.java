package nianbao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two runs on one warehouse: exactly one holds it, the other is told which run does; a dead run's lease expires. */
class LeaseTest {
    @TempDir
    Path wh;

    private final Configuration conf = new Configuration();

    @Test
    void aSecondRunFailsNamingTheRunThatHoldsTheWarehouse() {
        try (Lease ignored = Lease.acquire(conf, wh.toString(), "run-A", 600, 0)) {
            Lease.HeldException e = assertThrows(Lease.HeldException.class,
                    () -> Lease.acquire(conf, wh.toString(), "run-B", 600, 0));
            assertTrue(e.getMessage().contains("run-A"), e.getMessage());
        }
        try (Lease ignored = Lease.acquire(conf, wh.toString(), "run-B", 600, 0)) {
            assertTrue(Files.exists(wh.resolve(Lease.FILE)));
        }
        assertFalse(Files.exists(wh.resolve(Lease.FILE)), "a released lease leaves no file");
    }

    @Test
    void ofRunsStartedTogetherExactlyOneGetsTheWarehouse() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Lease>> tries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "run-" + i;
            tries.add(pool.submit(() -> {
                go.await();
                try {
                    return Lease.acquire(conf, wh.toString(), id, 600, 0);
                } catch (Lease.HeldException e) {
                    return null;
                }
            }));
        }
        go.countDown();
        List<Lease> won = new ArrayList<>();
        for (Future<Lease> f : tries) if (f.get() != null) won.add(f.get());
        pool.shutdown();
        assertEquals(1, won.size());
        won.get(0).close();
    }

    @Test
    void theLeaseOfADeadRunExpires() throws Exception {
        // what a run killed with -9 leaves: its lease, no longer renewed, its expiry in the past
        Files.writeString(wh.resolve(Lease.FILE), "run-dead\n" + (System.currentTimeMillis() - 1) + "\nhost\n",
                StandardCharsets.UTF_8);
        try (Lease ignored = Lease.acquire(conf, wh.toString(), "run-next", 600, 0)) {
            assertTrue(Files.readString(wh.resolve(Lease.FILE)).startsWith("run-next\n"));
        }
    }

    @Test
    void aRunMayWaitForTheOtherToFinish() throws Exception {
        Lease a = Lease.acquire(conf, wh.toString(), "run-A", 600, 0);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            a.close();
        });
        release.start();
        try (Lease b = Lease.acquire(conf, wh.toString(), "run-B", 600, 60)) {
            assertTrue(Files.readString(wh.resolve(Lease.FILE)).startsWith("run-B\n"));
        }
        release.join();
    }
}
