package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Reparse;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;

import java.util.Set;

/** `reparse --warehouse DIR|URI`: re-parse every stored document with the current parser (no re-download). */
final class ReparseCommand implements Command {
    @Override
    public String name() {
        return "reparse";
    }

    @Override
    public String summary() {
        return "reparse --warehouse DIR|URI: re-parse stored documents with this parser version; old rows by time travel";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(SettingsArgs.allowed(Set.of("warehouse", "master")));
        Settings s = SettingsArgs.resolve(args);
        SparkSession spark = Spark.session(s);
        try {
            RunStats r = Reparse.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)),
                    s.getLong(Settings.FILES_PER_TASK), s.getLong(Settings.BYTES_PER_TASK),
                    s.getLong(Settings.PARSE_TIMEOUT_SECONDS));
            System.out.println(r);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
