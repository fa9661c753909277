package nianbao.jobs.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Paths as users mean them, checked before Spark starts: a relative path is relative to the working directory; a
 * URI ({@code s3a://}, {@code file:}, {@code hdfs://}) stays as it is. Each check fails with a
 * {@link UsageException} that names the option, the path and what to do.
 */
final class Locations {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private Locations() {
    }

    /** A local path made absolute against the working directory; a URI unchanged; null stays null. */
    static String absolute(String v) {
        if (v == null || v.isEmpty() || SCHEME.matcher(v).matches()) return v;
        return Path.of(v).toAbsolutePath().normalize().toString();
    }

    /** The local path of {@code v} (a plain path or a {@code file:} URI), or null for a remote URI. */
    static Path local(String v) {
        if (v.startsWith("file:")) return Path.of(URI.create(v));
        return SCHEME.matcher(v).matches() ? null : Path.of(v).toAbsolutePath().normalize();
    }

    /** A folder (or, if {@code fileToo}, a file) that exists and can be read. */
    static void readable(String option, String v, boolean fileToo) {
        Path p = local(v);
        if (p == null) return;
        if (!Files.exists(p)) throw new UsageException(option + " " + p + ": no such " + (fileToo ? "file or " : "")
                + "folder; check the path (relative paths are relative to the current folder)");
        if (!fileToo && !Files.isDirectory(p)) {
            throw new UsageException(option + " " + p + ": is a file, not a folder; give the folder that holds it");
        }
        if (!Files.isReadable(p)) throw new UsageException(option + " " + p + ": cannot be read (permissions)");
    }

    /** A folder that exists, or can be created, and where a file can be written; created if missing. */
    static void writableFolder(String option, String v) {
        Path p = local(v);
        if (p == null) return;
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UsageException(option + " " + p + ": is a file, not a folder; give a folder");
        }
        try {
            Files.createDirectories(p);
            Files.delete(Files.createTempFile(p, ".nianbao-", ".probe"));
        } catch (IOException | SecurityException e) {
            throw new UsageException(option + " " + p + ": cannot write there (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); give a folder you can write to");
        }
    }

    /**
     * A warehouse to write into: an existing folder, or one whose nearest existing parent is a writable folder. Not
     * created here (the job creates its tables once its input has been read).
     */
    static void warehouseToWrite(String option, String v) {
        Path p = local(v);
        if (p == null) return;
        if (Files.exists(p)) {
            if (!Files.isDirectory(p)) {
                throw new UsageException(option + " " + p + ": is a file, not a folder; give a folder for the tables");
            }
            if (!Files.isWritable(p)) throw new UsageException(option + " " + p + ": cannot write there (permissions)");
            return;
        }
        Path parent = p.getParent();
        while (parent != null && !Files.exists(parent)) parent = parent.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new UsageException(option + " " + p + ": cannot be created (" + parent
                    + " is not a writable folder)");
        }
    }

    /** A warehouse to read: a folder holding {@code table} (a Delta table), with {@code hint} saying how to get one. */
    static void tableToRead(String option, String warehouse, String table, String hint) {
        Path p = local(warehouse);
        if (p == null) return;
        readable(option, warehouse, false);
        if (table != null && !Files.isDirectory(p.resolve(table).resolve("_delta_log"))) {
            throw new UsageException(option + " " + p + ": has no table " + table + "; " + hint);
        }
    }
}
