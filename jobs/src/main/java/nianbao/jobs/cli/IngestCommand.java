package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;

import java.util.Set;

/** `ingest --input DIR|URI --warehouse DIR|URI [--manifest FILE]`: new and changed reports into the Delta tables. */
final class IngestCommand implements Command {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "ingest --input DIR|URI --warehouse DIR|URI [--manifest CSV] [--retry-failed] [--conf-file F] [--set k=v]: "
                + "parse new/changed reports into Delta";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(SettingsArgs.allowed(Set.of("input", "warehouse", "master", "manifest"), "retry-failed"));
        Settings s = SettingsArgs.resolve(args, args.flag("retry-failed")
                ? java.util.Map.of(Settings.RETRY_FAILED, "true") : java.util.Map.of());
        SparkSession spark = Spark.session(s);
        try {
            RunStats r = Ingest.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)), Ingest.Options.from(s));
            System.out.println(r);
            return 0;
        } finally {
            spark.stop();
        }
    }
}
