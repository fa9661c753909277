package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.SparkSettings;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings options of every Spark command ({@code --conf-file}, {@code --set}, {@code --master}), turned into
 * {@link Settings} with its one precedence: flag &gt; environment &gt; conf file &gt; default. Mixed in with
 * {@code @Mixin}.
 */
public final class SettingsOptions {
    @Option(names = "--conf-file", paramLabel = "FILE",
            description = "Properties file with nianbao.* and spark.* settings (env NIANBAO_CONF; "
                    + "default: conf/local.properties of the project).")
    String confFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any nianbao.* or spark.* setting, e.g. --set spark.sql.shuffle.partitions=4; repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (env NIANBAO_MASTER; default: local[*]).")
    String master;

    /**
     * The settings, with {@code flags} (keys like {@link Settings#WAREHOUSE}; null values ignored) over --set.
     * Relative local paths in the flags are made absolute against the working directory. On a cluster the warehouse,
     * and the input of a command that takes one (a key of {@code flags}, even with a null value), must be given:
     * the built-in samples/ and warehouse/ would be folders on whichever machine the driver landed on.
     */
    public Settings resolve(Map<String, String> flags) {
        Settings s = resolveOnly(flags);
        String master = SparkSettings.master(s, SparkSettings.submitted());
        if (!SparkSettings.isLocal(master)) {
            String where = "on a cluster (master " + (master.isEmpty() ? "from spark-submit" : master) + ")";
            if (flags.containsKey(Settings.INPUT) && !s.given(Settings.INPUT)) {
                throw new UsageException(where + " give --input URI (or nianbao.input in the conf file): the default "
                        + "samples/ is not on the cluster");
            }
            if (!s.given(Settings.WAREHOUSE)) {
                throw new UsageException(where + " give --warehouse URI (or nianbao.warehouse in the conf file): "
                        + "the default ./warehouse would be on the driver's disk");
            }
        }
        return s;
    }

    /** The settings without the cluster checks ({@code bin/nianbao config} shows them as they are). */
    Settings resolveOnly(Map<String, String> flags) {
        Map<String, String> overrides = new LinkedHashMap<>();
        set.forEach((k, v) -> overrides.put(k.trim(), v.trim()));
        if (master != null) overrides.put(Settings.MASTER, master);
        flags.forEach((k, v) -> {
            if (v != null) overrides.put(k, v);
        });
        try {
            return Settings.resolve(confFile, System.getenv(), overrides);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
