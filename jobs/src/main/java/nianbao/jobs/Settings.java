package nianbao.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * nianbao's configuration, resolved in one place with one precedence: command-line flag &gt; environment variable &gt;
 * conf file &gt; built-in default.
 * <ul>
 *   <li>conf file: {@code --conf-file FILE}, else {@code $NIANBAO_CONF}, else {@code conf/local.properties} under the
 *   project home (the embedded default: local Spark, local warehouse, sample reports).</li>
 *   <li>environment: {@code nianbao.input} ← {@code NIANBAO_INPUT} (dots → underscores, upper case).</li>
 *   <li>flags: {@code --input}, {@code --warehouse}, {@code --master}, and {@code --set key=value} for any key.</li>
 * </ul>
 * Keys are {@code nianbao.*} (ours: {@link #KNOWN}; an unknown {@code nianbao.*} key is rejected) or {@code spark.*}
 * (passed to the SparkSession as they are, e.g. {@code spark.hadoop.fs.s3a.endpoint}). Relative local paths are
 * resolved against the project home, so the demo works from any working directory.
 */
public final class Settings {
    public static final String MASTER = "nianbao.master";
    public static final String APP_NAME = "nianbao.app.name";
    public static final String INPUT = "nianbao.input";
    public static final String WAREHOUSE = "nianbao.warehouse";
    public static final String MANIFEST = "nianbao.manifest";
    public static final String FILES_PER_TASK = "nianbao.ingest.files.per.task";
    public static final String BYTES_PER_TASK = "nianbao.ingest.bytes.per.task";
    public static final String PARSE_TIMEOUT_SECONDS = "nianbao.parse.timeout.seconds";
    /** Files under the input whose path matches this regex are not reports and are not listed (labels, notes). */
    public static final String INGEST_EXCLUDE = "nianbao.ingest.exclude";

    /** Per-document limits (docs/tables.md, "Limits per document"); defaults from {@code nianbao.extract.Limits}. */
    public static final String LIMIT_BYTES = "nianbao.limit.bytes";
    public static final String LIMIT_PAGES = "nianbao.limit.pages";
    public static final String LIMIT_CELLS = "nianbao.limit.cells";
    public static final String LIMIT_ZIP_ENTRIES = "nianbao.limit.zip.entries";
    public static final String LIMIT_ZIP_ENTRY_BYTES = "nianbao.limit.zip.entry.bytes";
    public static final String LIMIT_ZIP_EXPANSION = "nianbao.limit.zip.expansion";
    public static final String LIMIT_DEPTH = "nianbao.limit.depth";
    public static final String LIMIT_TEXT_CHARS = "nianbao.limit.text.chars";
    /** true: files that failed to be listed or read are tried again even when unchanged. */
    public static final String RETRY_FAILED = "nianbao.ingest.retry.failed";
    /** How long a run's hold on the warehouse lasts without being renewed (a dead run blocks no longer). */
    public static final String LEASE_SECONDS = "nianbao.lease.seconds";
    /** How long a run waits for another run's lease before failing (0: fail at once, naming the other run). */
    public static final String LEASE_WAIT_SECONDS = "nianbao.lease.wait.seconds";

    /** Every nianbao key with its built-in default. */
    public static final Map<String, String> KNOWN;

    static {
        Map<String, String> m = new TreeMap<>();
        m.put(MASTER, "local[*]");
        m.put(APP_NAME, "nianbao");
        m.put(INPUT, "samples");
        m.put(WAREHOUSE, "warehouse");
        m.put(MANIFEST, "");
        m.put(FILES_PER_TASK, "200");
        m.put(BYTES_PER_TASK, String.valueOf(64L << 20));
        m.put(PARSE_TIMEOUT_SECONDS, "60");
        m.put(INGEST_EXCLUDE, "(?i).*\\.(json|jsonl|md|csv|log)$");
        nianbao.extract.Limits l = nianbao.extract.Limits.DEFAULT;
        m.put(LIMIT_BYTES, String.valueOf(l.maxBytes()));
        m.put(LIMIT_PAGES, String.valueOf(l.maxPages()));
        m.put(LIMIT_CELLS, String.valueOf(l.maxCells()));
        m.put(LIMIT_ZIP_ENTRIES, String.valueOf(l.maxZipEntries()));
        m.put(LIMIT_ZIP_ENTRY_BYTES, String.valueOf(l.maxEntryBytes()));
        m.put(LIMIT_ZIP_EXPANSION, String.valueOf((long) l.maxExpansion()));
        m.put(LIMIT_DEPTH, String.valueOf(l.maxDepth()));
        m.put(LIMIT_TEXT_CHARS, String.valueOf(l.maxTextChars()));
        m.put(RETRY_FAILED, "false");
        m.put(LEASE_SECONDS, "600");
        m.put(LEASE_WAIT_SECONDS, "0");
        KNOWN = Collections.unmodifiableMap(m);
    }

    private static final Set<String> PATH_KEYS = Set.of(INPUT, WAREHOUSE, MANIFEST);

    private final Map<String, String> values;
    private final Path home;

    private Settings(Map<String, String> values, Path home) {
        this.values = values;
        this.home = home;
    }

    /** The project home: {@code -Dnianbao.home} (set by bin/nianbao), else the working directory. */
    public static Path home() {
        String h = System.getProperty("nianbao.home");
        return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    /**
     * Resolves the settings.
     *
     * @param confFile  a properties file, or null for $NIANBAO_CONF / conf/local.properties
     * @param env       the environment (System.getenv() in production)
     * @param overrides flag values (highest precedence), keyed like the conf file
     */
    public static Settings resolve(String confFile, Map<String, String> env, Map<String, String> overrides) {
        Path home = home();
        Map<String, String> v = new TreeMap<>(KNOWN);
        String file = confFile != null ? confFile : env.get("NIANBAO_CONF");
        Path conf = file != null ? home.resolve(file) : home.resolve("conf/local.properties");
        if (Files.isRegularFile(conf)) {
            putChecked(v, load(conf), "conf file " + conf);
        } else if (file != null) {
            throw new IllegalArgumentException("conf file not found: " + conf);
        }
        for (String key : new TreeMap<>(v).keySet()) {
            String e = env.get(envName(key));
            if (e != null && !e.isEmpty()) v.put(key, e);
        }
        putChecked(v, overrides, "command line");
        for (String k : PATH_KEYS) rejectCredentials(k, v.get(k));
        return new Settings(v, home);
    }

    /**
     * A location with credentials in it ({@code s3a://KEY:SECRET@bucket/…}) would be echoed by Hadoop's, Delta's and our
     * own messages: it is refused, in one line that does not repeat it.
     */
    static void rejectCredentials(String key, String value) {
        // any '@' after the scheme: a secret may hold '/' (AWS secrets do), so the userinfo is not cut at the first '/'
        if (value != null && value.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*://.*@.*")) {
            throw new IllegalArgumentException(key + ": credentials in a URI are not accepted; pass them as "
                    + "spark.hadoop.fs.s3a.access.key / secret.key / session.token (conf file, --set, or the "
                    + "environment, e.g. AWS_ACCESS_KEY_ID) and give the location without them, e.g. s3a://bucket/prefix");
        }
    }

    /** The per-document limits these settings give, with the parse time budget. */
    public nianbao.extract.Limits limits() {
        return new nianbao.extract.Limits(getLong(LIMIT_BYTES), getLong(PARSE_TIMEOUT_SECONDS) * 1000,
                (int) getLong(LIMIT_PAGES), getLong(LIMIT_CELLS), (int) getLong(LIMIT_ZIP_ENTRIES),
                getLong(LIMIT_ZIP_ENTRY_BYTES), getLong(LIMIT_ZIP_EXPANSION), (int) getLong(LIMIT_DEPTH),
                (int) getLong(LIMIT_TEXT_CHARS));
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** The defaults plus conf/local.properties, as a command without flags sees them. */
    public static Settings defaults() {
        return resolve(null, System.getenv(), Map.of());
    }

    static String envName(String key) {
        return key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static void putChecked(Map<String, String> into, Map<?, ?> from, String where) {
        for (Map.Entry<?, ?> e : from.entrySet()) {
            String k = String.valueOf(e.getKey()).trim();
            if (k.startsWith("nianbao.") && !KNOWN.containsKey(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "' in " + where + "; known: " + KNOWN.keySet());
            }
            if (!k.startsWith("nianbao.") && !k.startsWith("spark.")) {
                throw new IllegalArgumentException("setting '" + k + "' in " + where + " is neither nianbao.* nor spark.*");
            }
            into.put(k, String.valueOf(e.getValue()).trim());
        }
    }

    private static Properties load(Path p) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conf file " + p, e);
        }
        return props;
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) throw new IllegalArgumentException("no setting '" + key + "'");
        return PATH_KEYS.contains(key) ? location(v) : v;
    }

    public long getLong(String key) {
        try {
            return Long.parseLong(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a whole number, not '" + get(key) + "'");
        }
    }

    /** The {@code spark.*} settings, passed to the session as they are. */
    public Map<String, String> sparkConf() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("spark.")) m.put(k, v);
        });
        return m;
    }

    /**
     * A location as a URI string Spark and Hadoop understand: URIs (s3a://, file://, hdfs://) stay as they are; a
     * local path is made absolute against the project home. Empty stays empty.
     */
    public String location(String v) {
        if (v == null || v.isEmpty() || v.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) return v;
        return home.resolve(v).toAbsolutePath().normalize().toString();
    }

    @Override
    public String toString() {
        // Never print secrets: mask anything that looks like a credential.
        Map<String, String> shown = new TreeMap<>();
        values.forEach((k, v) -> shown.put(k, k.matches("(?i).*(secret|password|session\\.token|access\\.key).*") ? "****" : v));
        return shown.toString();
    }
}
