package nianbao.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Spark's local scratch space ({@code spark.local.dir}) for local runs: a folder only its owner can enter, because
 * Spark's {@code blockmgr-*} and {@code spark-*} folders hold document bytes and a killed JVM (kill -9) leaves them
 * behind. Leftovers untouched for {@link #STALE} are removed at the next start: a live run keeps writing into its own
 * folders, so an old one belongs to a dead run.
 */
public final class ScratchDir {
    static final Duration STALE = Duration.ofHours(24);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private ScratchDir() {
    }

    /** The default scratch folder of a local run: {@code java.io.tmpdir/nianbao-spark-local-USER}. */
    public static final Path DEFAULT = Path.of(System.getProperty("java.io.tmpdir"),
            "nianbao-spark-local-" + System.getProperty("user.name", "user"));

    /** Prepares {@code dir} for a session that starts now. */
    public static Path prepare(Path dir) {
        return prepare(dir, Instant.now());
    }

    /** Creates {@code dir} (owner-only) or tightens it, and removes its entries last modified before now − STALE. */
    static Path prepare(Path dir, Instant now) {
        try {
            Files.createDirectories(dir);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(dir, OWNER_ONLY);
            }
            FileTime cutoff = FileTime.from(now.minus(STALE));
            List<Path> stale;
            try (Stream<Path> s = Files.list(dir)) {
                stale = s.filter(p -> lastModified(p).compareTo(cutoff) < 0).toList();
            }
            for (Path p : stale) deleteTree(p);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Spark's scratch folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.from(Instant.MAX); // vanished or unreadable: not ours to judge
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // another user's run or a file in use: leave it, the next start tries again
        }
    }
}
