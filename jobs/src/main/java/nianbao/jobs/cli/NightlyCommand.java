package nianbao.jobs.cli;

import nianbao.jobs.Main;
import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.nightly.Nightly;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

/**
 * `nightly --input DIR|URI --warehouse DIR|URI`: incremental ingest, aggregate and maintain in one run, under one
 * warehouse lease; prints a summary. Exit 0 only when every step succeeded and no more documents failed than
 * --max-failed allows (3), 1 when a step failed, nothing was listed, or another run holds the warehouse.
 */
@Command(name = "nightly", description = "Ingest what is new or changed, write the statistics tables if the "
        + "reports changed, maintain the tables; one `runs` row with every step. Safe to repeat.")
final class NightlyCommand extends SparkCommand {
    @Mixin
    IngestOptions ingest;

    private MaxFailed limit;

    @Override
    protected Settings prepare() {
        limit = ingest.maxFailed();
        return ingest.resolve(settingsOptions, Map.of());
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
