package nianbao.jobs.cli;

import nianbao.jobs.Main;
import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.nightly.Nightly;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * `nightly --input DIR|URI --warehouse DIR|URI`: incremental ingest, aggregate and maintain in one run, under one
 * warehouse lease; prints a summary. Exit 0 only when every step succeeded and no more documents failed than
 * --max-failed allows (3), 1 when a step failed, nothing was listed, or another run holds the warehouse.
 */
@Command(name = "nightly", description = "Ingest what is new or changed, write the statistics tables if the "
        + "reports changed, maintain the tables; one `runs` row with every step. Safe to repeat.")
final class NightlyCommand extends SparkCommand {
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

    private MaxFailed limit;

    @Override
    protected Settings prepare() {
        limit = MaxFailed.parse(maxFailed);
        Map<String, String> flags = new HashMap<>();
        flags.put(Settings.INPUT, Locations.absolute(input));
        flags.put(Settings.WAREHOUSE, Locations.absolute(warehouse));
        flags.put(Settings.MANIFEST, Locations.absolute(manifest));
        Settings s = settingsOptions.resolve(flags);
        // a scheduled job never falls back to the demo's samples/ and warehouse/
        if (!s.given(Settings.INPUT)) throw new UsageException("give --input DIR|URI (the reports to ingest)");
        if (!s.given(Settings.WAREHOUSE)) throw new UsageException("give --warehouse DIR|URI (where the tables are)");
        Locations.readable("--input", s.get(Settings.INPUT), false);
        if (!s.get(Settings.MANIFEST).isEmpty()) Locations.readable("--manifest", s.get(Settings.MANIFEST), true);
        Locations.warehouseToWrite("--warehouse", s.get(Settings.WAREHOUSE));
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Nightly.Result r = Nightly.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)),
                new Nightly.Options(Ingest.Options.from(s), s.getLong(Settings.OPTIMIZE_MIN_FILES)));
        System.out.println(r.summary());
        return exitCode(r, limit);
    }

    /** 1 if a step failed or nothing was listed, 3 if more documents failed than allowed, else 0. */
    static int exitCode(Nightly.Result r, MaxFailed limit) {
        if (!r.ok()) return Main.FAILED;
        if (r.ingest().listed() == 0) {
            System.err.println("nightly: nothing listed under " + r.ingest().input() + "; exit 1");
            return Main.FAILED;
        }
        if (limit.exceeded(r.ingest().failed(), r.ingest().fresh())) {
            System.err.println("nightly: " + r.ingest().failed() + " of " + r.ingest().fresh() + " new documents "
                    + "failed, more than --max-failed " + limit + " (see the failures table); exit 3");
            return Main.PARTIAL;
        }
        return Main.OK;
    }
}
