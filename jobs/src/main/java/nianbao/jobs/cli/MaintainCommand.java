package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Lease;
import nianbao.jobs.ingest.RunLog;
import nianbao.jobs.nightly.Maintain;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;

/** `maintain --warehouse DIR|URI`: OPTIMIZE, VACUUM and checkpoint where needed, under the warehouse lease. */
@Command(name = "maintain", description = "Table maintenance: OPTIMIZE tables where small files accumulate "
        + "(nianbao.maintain.optimize.min.files), VACUUM with each table's own retention, checkpoint. "
        + "Part of `nightly`.")
final class MaintainCommand extends SparkCommand {
    @Mixin
    WarehouseOption warehouse;

    @Override
    protected Settings prepare() {
        Settings s = warehouse.resolve(settingsOptions);
        Locations.tableToRead("--warehouse", s.get(Settings.WAREHOUSE), null, null);
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        Warehouse wh = new Warehouse(s.get(Settings.WAREHOUSE));
        // OPTIMIZE and VACUUM beside a running ingest would be refused by Delta's conflict checks half-way through
        try (Lease ignored = Lease.acquire(spark.sparkContext().hadoopConfiguration(), wh.root(),
                RunLog.newRunId(Instant.now()), s.getLong(Settings.LEASE_SECONDS),
                s.getLong(Settings.LEASE_WAIT_SECONDS))) {
            for (Maintain.TableResult r : Maintain.run(spark, wh, s.getLong(Settings.OPTIMIZE_MIN_FILES))) {
                System.out.println(r);
            }
        }
        return 0;
    }
}
