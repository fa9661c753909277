package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import picocli.CommandLine.Option;

import java.util.Map;

/**
 * {@code --warehouse} of the commands that read the tables. Without it, NIANBAO_WAREHOUSE or the conf file's
 * {@code nianbao.warehouse} (by default the project's {@code warehouse/}, where {@code demo} writes). Mixed in with
 * {@code @Mixin}.
 */
public final class WarehouseOption {
    @Option(names = "--warehouse", paramLabel = "DIR|URI", description = "Folder or s3a:// prefix of the Delta "
            + "tables (env NIANBAO_WAREHOUSE; default: the project's warehouse/, where demo writes).")
    String warehouse;

    /** The settings with this warehouse, relative to the working directory. */
    public Settings resolve(SettingsOptions settings) {
        return settings.resolve(warehouse == null ? Map.of() : Map.of(Settings.WAREHOUSE,
                Locations.absolute(warehouse)));
    }

    /** Whether --warehouse was given. */
    public boolean given() {
        return warehouse != null;
    }
}
