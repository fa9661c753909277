package nianbao.jobs.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line arguments: {@code --key value}, {@code --key=value}, bare {@code --flag}s (declared by the command)
 * and positional arguments. Unknown options are rejected by {@link #requireOnly}.
 */
public final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    public static Args parse(String[] argv, Set<String> booleanFlags) {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String s = argv[i];
            if (s.startsWith("--") && s.length() > 2) {
                String key = s.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (booleanFlags.contains(key)) {
                    value = "true";
                } else {
                    if (i + 1 >= argv.length) throw new UsageException("option --" + key + " needs a value");
                    value = argv[++i];
                }
                a.options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    public String get(String key) {
        List<String> v = options.get(key);
        return v == null ? null : v.get(v.size() - 1);
    }

    public String get(String key, String dflt) {
        String v = get(key);
        return v == null ? dflt : v;
    }

    public List<String> all(String key) {
        return options.getOrDefault(key, List.of());
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(get(key, "false"));
    }

    public int getInt(String key, int dflt) {
        String v = get(key);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " takes a whole number, not '" + v + "'");
        }
    }

    public long getLong(String key, long dflt) {
        String v = get(key);
        if (v == null) return dflt;
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " takes a whole number, not '" + v + "'");
        }
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    public Map<String, List<String>> options() {
        return Collections.unmodifiableMap(options);
    }

    /** Fails with a usage error naming the first option that is not in {@code allowed}. */
    public Args requireOnly(Set<String> allowed) {
        for (String k : options.keySet()) {
            if (!allowed.contains(k)) throw new UsageException("unknown option --" + k);
        }
        return this;
    }

    /** A mistake in how a command was called; the launcher prints it with the command's usage and exits 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
