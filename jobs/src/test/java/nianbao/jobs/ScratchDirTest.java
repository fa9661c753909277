package nianbao.jobs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spark's scratch folder of a local run: owner-only, and a dead run's leftovers go at the next start. */
class ScratchDirTest {
    @TempDir
    Path tmp;

    @Test
    void theFolderIsOwnerOnlyEvenIfItWasOpen() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scratch"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        ScratchDir.prepare(dir, Instant.now());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void leftoversOfADeadRunAreRemovedAndALiveRunsAreKept() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("scratch"));
        Instant now = Instant.now();
        Path dead = Files.createDirectories(dir.resolve("blockmgr-dead"));
        Files.writeString(Files.createDirectories(dead.resolve("0c")).resolve("shuffle_0_1_0.data"), "bytes");
        Files.setLastModifiedTime(dead, FileTime.from(now.minus(ScratchDir.STALE).minus(Duration.ofMinutes(1))));
        Path live = Files.createDirectories(dir.resolve("blockmgr-live"));
        ScratchDir.prepare(dir, now);
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live));
    }
}
