package nianbao.jobs;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * nianbao's configuration, resolved in one place with one precedence: command-line flag &gt; environment variable &gt;
 * conf file &gt; built-in default.
 * <ul>
 *   <li>conf file: {@code --conf-file FILE}, else {@code $NIANBAO_CONF}, else {@code conf/local.properties} under the
 *   project home (the embedded default: local Spark, local warehouse, sample reports). A named file is looked for
 *   where each deployment puts it ({@link ConfFile}: as given, under the home, in the working directory where
 *   {@code spark-submit --files} puts it in cluster deploy mode, on the class path).</li>
 *   <li>environment: {@code nianbao.input} ← {@code NIANBAO_INPUT} (dots → underscores, upper case).</li>
 *   <li>flags: {@code --input}, {@code --warehouse}, {@code --master}, and {@code --set key=value} for any key.</li>
 * </ul>
 * Keys are {@code nianbao.*} (ours: {@link #KNOWN}; an unknown {@code nianbao.*} key or a value of the wrong kind is
 * rejected naming the key) or {@code spark.*} (given to the SparkSession by {@link SparkSettings}, which lets
 * spark-submit's own settings win over a conf file's). Each value remembers where it came from ({@link #origin}). Relative local paths are
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

    /** OPTIMIZE a table (maintain, nightly) once it has at least this many files smaller than 32 MB. */
    public static final String OPTIMIZE_MIN_FILES = "nianbao.maintain.optimize.min.files";

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
        // found anywhere in the path: a leading ".*" would make every path cost a scan per character
        m.put(INGEST_EXCLUDE, "(?i)\\.(json|jsonl|md|csv|log)$");
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
        m.put(OPTIMIZE_MIN_FILES, "16");
        KNOWN = Collections.unmodifiableMap(m);
    }

    private static final Set<String> PATH_KEYS = Set.of(INPUT, WAREHOUSE, MANIFEST);
    /** Keys whose value is a whole number &ge; 0; every other key but these is free text. */
    private static final Set<String> COUNT_KEYS = Set.of(FILES_PER_TASK, BYTES_PER_TASK, PARSE_TIMEOUT_SECONDS,
            LIMIT_BYTES, LIMIT_PAGES, LIMIT_CELLS, LIMIT_ZIP_ENTRIES, LIMIT_ZIP_ENTRY_BYTES, LIMIT_ZIP_EXPANSION,
            LIMIT_DEPTH, LIMIT_TEXT_CHARS, LEASE_SECONDS, LEASE_WAIT_SECONDS, OPTIMIZE_MIN_FILES);
    private static final Set<String> BOOLEAN_KEYS = Set.of(RETRY_FAILED);
    private static final Set<String> REGEX_KEYS = Set.of(INGEST_EXCLUDE);

    /** Where a value came from, as {@code bin/nianbao config} shows it. */
    public static final String FROM_DEFAULT = "default", FROM_FLAG = "flag";

    private final Map<String, String> values;
    private final Map<String, String> origins;
    private final Path home;

    private Settings(Map<String, String> values, Map<String, String> origins, Path home) {
        this.values = values;
        this.origins = origins;
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
        Map<String, String> origin = new TreeMap<>();
        KNOWN.keySet().forEach(k -> origin.put(k, FROM_DEFAULT));
        String file = confFile != null ? confFile : env.get("NIANBAO_CONF");
        ConfFile conf = file != null ? ConfFile.find(file, home) : ConfFile.atHome(home);
        if (conf != null) {
            // the embedded conf/local.properties is the laptop's default, not a choice the user made
            putChecked(v, origin, conf.load(), (file == null ? FROM_DEFAULT + " " : "file ") + conf.name());
        } else if (file != null) {
            throw new IllegalArgumentException("conf file not found: " + file + " (looked in " + ConfFile.places(file, home)
                    + ")");
        }
        for (String key : new TreeMap<>(v).keySet()) {
            String e = env.get(envName(key));
            if (e != null && !e.isEmpty()) {
                v.put(key, e);
                origin.put(key, "env " + envName(key));
            }
        }
        putChecked(v, origin, overrides, FROM_FLAG);
        for (String k : PATH_KEYS) rejectCredentials(k, v.get(k));
        for (String k : KNOWN.keySet()) checkValue(k, v.get(k), origin.get(k));
        return new Settings(v, origin, home);
    }

    /** A bad value is refused naming its key and where it came from, before anything runs. */
    static void checkValue(String key, String value, String origin) {
        String problem = null;
        if (COUNT_KEYS.contains(key)) {
            try {
                if (Long.parseLong(value) < 0) problem = "must not be negative";
            } catch (NumberFormatException e) {
                problem = "must be a whole number";
            }
        } else if (BOOLEAN_KEYS.contains(key) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            problem = "must be true or false";
        } else if (REGEX_KEYS.contains(key)) {
            try {
                java.util.regex.Pattern.compile(value);
            } catch (java.util.regex.PatternSyntaxException e) {
                problem = "is not a regular expression (" + e.getDescription() + ")";
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("setting '" + key + "' (" + origin + ") " + problem + ", not '" + value
                    + "'");
        }
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

    private static void putChecked(Map<String, String> into, Map<String, String> origin, Map<?, ?> from,
                                   String where) {
        for (Map.Entry<?, ?> e : from.entrySet()) {
            String k = String.valueOf(e.getKey()).trim();
            if (k.startsWith("nianbao.") && !KNOWN.containsKey(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "' in " + where + "; known: " + KNOWN.keySet());
            }
            if (!k.startsWith("nianbao.") && !k.startsWith("spark.")) {
                throw new IllegalArgumentException("setting '" + k + "' in " + where + " is neither nianbao.* nor spark.*");
            }
            into.put(k, String.valueOf(e.getValue()).trim());
            origin.put(k, where);
        }
    }

    /**
     * Where {@code key}'s value came from: {@code default} (built in, or {@code default FILE} from the embedded
     * conf/local.properties), {@code file NAME}, {@code env VAR} or {@code flag}.
     */
    public String origin(String key) {
        String o = origins.get(key);
        if (o == null) throw new IllegalArgumentException("no setting '" + key + "'");
        return o;
    }

    /** Whether {@code key} was given (flag, environment or conf file) rather than left at its built-in default. */
    public boolean given(String key) {
        return !origin(key).startsWith(FROM_DEFAULT);
    }

    /** Every nianbao.* setting as given or defaulted (paths as written, not resolved). */
    public Map<String, String> nianbao() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("nianbao.")) m.put(k, v);
        });
        return m;
    }

    /** Whether a setting's value must never be shown: keys, secrets, passwords, session tokens. */
    public static boolean secret(String key) {
        return key.matches("(?i).*(secret|password|session\\.token|access\\.key|credential(s)?$|token$).*");
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
        values.forEach((k, v) -> shown.put(k, secret(k) ? "****" : v));
        return shown.toString();
    }
}
