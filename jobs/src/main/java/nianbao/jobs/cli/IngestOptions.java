package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * The options of a command that ingests (`ingest`, `nightly`): where the reports and the tables are, the manifest,
 * and how many failed documents make a run partial. {@link #resolve} checks them before Spark starts.
 */
final class IngestOptions {
    @Option(names = "--input", paramLabel = "DIR|URI", description = "Folder or s3a:// prefix of the reports "
            + "(env NIANBAO_INPUT, or nianbao.input in a --conf-file; required).")
    String input;

    @Option(names = "--warehouse", paramLabel = "DIR|URI", description = "Folder or s3a:// prefix of the Delta "
            + "tables, created if missing (env NIANBAO_WAREHOUSE, or nianbao.warehouse in a --conf-file; required).")
    String warehouse;

    @Option(names = "--manifest", paramLabel = "CSV", description = "CSV of path,source_url,fetched_at for the "
            + "reports (env NIANBAO_MANIFEST; default: none).")
    String manifest;

    @Option(names = "--max-failed", paramLabel = "N|P%", defaultValue = "10%", description = "More failed "
            + "documents than this (a count, or a share of the new ones) make the run partial, exit 3 "
            + "(default: ${DEFAULT-VALUE}).")
    String maxFailed;

    /**
     * The settings with these options (and {@code more} flags) over the environment and conf file, the locations
     * required and checked: the project's samples/ and warehouse/ are the demo's defaults, never a place an ingest
     * reads or writes by accident.
     */
    Settings resolve(SettingsOptions settings, Map<String, String> more) {
        MaxFailed.parse(maxFailed); // a bad value is a usage error before anything else
        Map<String, String> flags = new HashMap<>(more);
        flags.put(Settings.INPUT, Locations.absolute(input));
        flags.put(Settings.WAREHOUSE, Locations.absolute(warehouse));
        flags.put(Settings.MANIFEST, Locations.absolute(manifest));
        Settings s = settings.resolve(flags);
        if (!s.given(Settings.INPUT)) throw new UsageException("give --input DIR|URI (the reports to ingest)");
        if (!s.given(Settings.WAREHOUSE)) throw new UsageException("give --warehouse DIR|URI (where the tables are)");
        Locations.readable("--input", s.get(Settings.INPUT), false);
        if (!s.get(Settings.MANIFEST).isEmpty()) Locations.readable("--manifest", s.get(Settings.MANIFEST), true);
        Locations.warehouseToWrite("--warehouse", s.get(Settings.WAREHOUSE));
        return s;
    }

    MaxFailed maxFailed() {
        return MaxFailed.parse(maxFailed);
    }
}
