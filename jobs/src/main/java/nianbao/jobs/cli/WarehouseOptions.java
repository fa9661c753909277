package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The options every warehouse-reading command shares: {@code --warehouse}, {@code --master}, {@code --conf-file}. */
final class WarehouseOptions {
    static final Set<String> KEYS = Set.of("warehouse", "master", "conf-file");

    final Settings settings;

    WarehouseOptions(Args args) {
        this(args, null);
    }

    /** With {@code defaultWarehouse} (when not null) in place of the configured one if no --warehouse is given. */
    WarehouseOptions(Args args, String defaultWarehouse) {
        Map<String, String> overrides = new HashMap<>();
        String w = args.get("warehouse") != null ? args.get("warehouse") : defaultWarehouse;
        if (w != null) overrides.put(Settings.WAREHOUSE, w);
        if (args.get("master") != null) overrides.put(Settings.MASTER, args.get("master"));
        settings = Settings.resolve(args.get("conf-file"), System.getenv(), overrides);
    }

    Warehouse warehouse() {
        return new Warehouse(settings.get(Settings.WAREHOUSE));
    }

    SparkSession session() {
        return Spark.session(settings);
    }

    /** The union of the shared keys and a command's own. */
    static Set<String> with(String... own) {
        Set<String> s = new java.util.HashSet<>(KEYS);
        s.addAll(Set.of(own));
        return s;
    }
}
