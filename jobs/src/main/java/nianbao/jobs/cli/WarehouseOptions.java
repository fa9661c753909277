package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.util.Map;
import java.util.Set;

/**
 * The options every warehouse-reading command shares: {@code --warehouse}, {@code --master} and the settings options
 * of {@link SettingsArgs} ({@code --conf-file}, {@code --set k=v}).
 */
public final class WarehouseOptions {
    static final Set<String> KEYS = SettingsArgs.allowed(Set.of("warehouse", "master"));

    final Settings settings;

    WarehouseOptions(Args args) {
        this(args, null);
    }

    /** With {@code defaultWarehouse} (when not null) in place of the configured one if no --warehouse is given. */
    public WarehouseOptions(Args args, String defaultWarehouse) {
        settings = SettingsArgs.resolve(args,
                defaultWarehouse == null ? Map.of() : Map.of(Settings.WAREHOUSE, defaultWarehouse));
    }

    public Warehouse warehouse() {
        return new Warehouse(settings.get(Settings.WAREHOUSE));
    }

    public SparkSession session() {
        return Spark.session(settings);
    }

    /** The union of the shared keys and a command's own. */
    public static Set<String> with(String... own) {
        Set<String> s = new java.util.HashSet<>(KEYS);
        s.addAll(Set.of(own));
        return s;
    }
}
