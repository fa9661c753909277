package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.SparkSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * `config [--conf-file FILE] [--set KEY=VALUE]`: every resolved nianbao.* and spark.* setting, where it came from, and
 * secrets masked. Starts no Spark: what a session of these settings would get, as {@link SparkSettings} resolves it
 * (inside spark-submit, its settings appear with origin {@code spark-submit}).
 */
@Command(name = "config", description = "Print every resolved nianbao.* and spark.* setting and where it came from "
        + "(flag, env, file, spark-submit, default); secrets are masked. Unknown keys and bad values exit 2.")
final class ConfigCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() {
        Settings s = settingsOptions.resolveOnly(Map.of());
        print(lines(s, SparkSettings.resolve(s, SparkSettings.submitted(), SparkSettings.hadoopSite())), System.out);
        return 0;
    }

    /** One line per setting: key, value (masked if secret), origin; nianbao.* first, then spark.*. */
    static List<String[]> lines(Settings s, Map<String, SparkSettings.Value> spark) {
        List<String[]> rows = new ArrayList<>();
        s.nianbao().forEach((k, v) -> rows.add(new String[] {k, shown(k, v), s.origin(k)}));
        spark.forEach((k, v) -> rows.add(new String[] {k, shown(k, v.value()), v.origin()}));
        return rows;
    }

    private static String shown(String key, String value) {
        return Settings.secret(key) && !value.isEmpty() ? "****" : value;
    }

    static void print(List<String[]> rows, PrintStream out) {
        int key = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int value = Math.min(60, rows.stream().mapToInt(r -> r[1].length()).max().orElse(0));
        for (String[] r : rows) {
            out.println(String.format("%-" + key + "s  %-" + value + "s  (%s)", r[0], r[1], r[2]));
        }
    }
}
