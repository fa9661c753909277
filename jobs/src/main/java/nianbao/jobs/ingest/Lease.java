package nianbao.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One writer per warehouse: a run holds {@code <warehouse>/_lease} while it writes. The file is created with
 * {@code FileSystem.create(path, overwrite = false)}, which is atomic on HDFS and local disks and a conditional PUT on
 * S3A, so of two runs started together exactly one gets it; the other waits up to {@code waitSeconds} and then fails
 * with a message naming the holder. The holder renews the expiry every third of {@code ttlSeconds}; a run that died
 * ({@code kill -9}) stops renewing, and once its lease has expired the next run takes it over. Any job that writes the
 * warehouse (ingest, reparse, the nightly command) takes it the same way: {@code try (Lease l = Lease.acquire(…))}.
 * The file holds three lines: run id, expiry (epoch ms), host.
 */
public final class Lease implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Lease.class);
    static final String FILE = "_lease";

    private final FileSystem fs;
    private final Path path;
    private final String runId;
    private final long ttlMillis;
    private final ScheduledExecutorService renewer;

    private Lease(FileSystem fs, Path path, String runId, long ttlMillis) {
        this.fs = fs;
        this.path = path;
        this.runId = runId;
        this.ttlMillis = ttlMillis;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nianbao-lease");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, ttlMillis / 3);
        renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** The lease on {@code warehouseRoot} for {@code runId}, waiting up to {@code waitSeconds} for another holder. */
    public static Lease acquire(Configuration conf, String warehouseRoot, String runId, long ttlSeconds,
                                long waitSeconds) {
        Path path = new Path(warehouseRoot, FILE);
        long giveUp = System.currentTimeMillis() + waitSeconds * 1000;
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) fs = local.getRaw(); // no .crc files
            path = fs.makeQualified(path);
            fs.mkdirs(path.getParent());
            while (true) {
                if (tryCreate(fs, path, runId, ttlSeconds * 1000)) return new Lease(fs, path, runId, ttlSeconds * 1000);
                Holder h = read(fs, path);
                if (h != null && h.expiresAt() < System.currentTimeMillis()) {
                    LOG.warn("run {}: taking over the expired lease of run {} (expired {})", runId, h.runId(),
                            Instant.ofEpochMilli(h.expiresAt()));
                    fs.delete(path, false);
                    continue;
                }
                if (System.currentTimeMillis() >= giveUp) {
                    throw new HeldException("the warehouse " + RunLog.redact(warehouseRoot) + " is in use by run "
                            + (h == null ? "(unknown)" : h.runId() + " on " + h.host() + " until "
                            + Instant.ofEpochMilli(h.expiresAt())) + "; run again when it has finished (or set "
                            + "nianbao.lease.wait.seconds to wait), or delete " + RunLog.redact(path.toString())
                            + " if that run is known to be dead");
                }
                Thread.sleep(Math.min(2000, Math.max(100, giveUp - System.currentTimeMillis())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lease " + RunLog.redact(path.toString()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lease " + path, e);
        }
    }

    private static boolean tryCreate(FileSystem fs, Path path, String runId, long ttlMillis) throws IOException {
        if ("file".equals(path.toUri().getScheme())) {
            // Hadoop's local create checks, then opens: not atomic. CREATE_NEW is.
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(path.toUri()), content(runId, ttlMillis),
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                return true;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return false;
            }
        }
        try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(content(runId, ttlMillis));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (fs.exists(path)) return false; // some file systems say "exists" with a plain IOException
            throw e;
        }
    }

    private static byte[] content(String runId, long ttlMillis) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return (runId + "\n" + (System.currentTimeMillis() + ttlMillis) + "\n" + host + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Who holds the lease (null if the file vanished or is unreadable, e.g. half written). */
    record Holder(String runId, long expiresAt, String host) {
    }

    static Holder read(FileSystem fs, Path path) {
        try (FSDataInputStream in = fs.open(path)) {
            String[] l = new String(in.readNBytes(4096), StandardCharsets.UTF_8).split("\n");
            return new Holder(l[0], Long.parseLong(l[1].trim()), l.length > 2 ? l[2] : "");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void renew() {
        try {
            Holder h = read(fs, path);
            if (h != null && !h.runId().equals(runId)) {
                LOG.error("run {}: lost the warehouse lease to run {}", runId, h.runId());
                return;
            }
            try (FSDataOutputStream out = fs.create(path, true)) {
                out.write(content(runId, ttlMillis));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("run {}: cannot renew the lease: {}", runId, e.getClass().getSimpleName());
        }
    }

    /** Releases the lease (if still ours). */
    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            Holder h = read(fs, path);
            if (h == null || h.runId().equals(runId)) fs.delete(path, false);
        } catch (IOException e) {
            LOG.warn("run {}: cannot release the lease: {}", runId, e.getClass().getSimpleName());
        }
    }

    /** Another run holds the warehouse. */
    public static final class HeldException extends IllegalStateException {
        HeldException(String message) {
            super(message);
        }
    }
}
