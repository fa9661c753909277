package nianbao.jobs.cli;

import nianbao.jobs.Settings;
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
     * Relative local paths in the flags are made absolute against the working directory.
     */
    public Settings resolve(Map<String, String> flags) {
        Map<String, String> overrides = new LinkedHashMap<>();
        set.forEach((k, v) -> overrides.put(k.trim(), v.trim()));
        if (master != null) overrides.put(Settings.MASTER, master);
        flags.forEach((k, v) -> {
            if (v != null) overrides.put(k, v);
        });
        try {
            return Settings.resolve(confFile == null ? null : Locations.absolute(confFile), System.getenv(),
                    overrides);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
