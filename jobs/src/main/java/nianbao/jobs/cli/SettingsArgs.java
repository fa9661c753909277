package nianbao.jobs.cli;

import nianbao.jobs.Settings;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options every Spark command shares, turned into {@link Settings}: {@code --conf-file F}, {@code --set k=v}
 * (repeatable), and the shortcuts {@code --input}, {@code --warehouse}, {@code --master}, {@code --manifest}.
 */
final class SettingsArgs {
    static final Set<String> OPTIONS = Set.of("conf-file", "set", "input", "warehouse", "master", "manifest");

    private static final Map<String, String> SHORTCUTS = Map.of("input", Settings.INPUT,
            "warehouse", Settings.WAREHOUSE, "master", Settings.MASTER, "manifest", Settings.MANIFEST);

    private SettingsArgs() {
    }

    /** The shared options plus {@code extra}, minus the shortcuts the command does not take. */
    static Set<String> allowed(Set<String> shortcuts, String... extra) {
        Set<String> s = new HashSet<>(Set.of("conf-file", "set"));
        s.addAll(shortcuts);
        s.addAll(Set.of(extra));
        return s;
    }

    static Settings resolve(Args a) {
        return resolve(a, Map.of());
    }

    /** As {@link #resolve(Args)}, with {@code fallback} settings in force unless a flag sets the same key. */
    static Settings resolve(Args a, Map<String, String> fallback) {
        Map<String, String> overrides = new LinkedHashMap<>(fallback);
        for (String kv : a.all("set")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new Args.UsageException("--set takes key=value, not '" + kv + "'");
            overrides.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        SHORTCUTS.forEach((opt, key) -> {
            String v = a.get(opt);
            if (v != null) overrides.put(key, v);
        });
        try {
            return Settings.resolve(a.get("conf-file"), System.getenv(), overrides);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }
}
