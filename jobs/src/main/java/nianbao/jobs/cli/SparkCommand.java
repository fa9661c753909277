package nianbao.jobs.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.Spark;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * The one shape of every command that needs Spark: {@link #prepare} checks the options and paths and resolves the
 * settings (nothing has started yet, so a mistake costs milliseconds and creates nothing), then the session is built,
 * {@link #run} does the work, and the session is stopped in {@code finally}, whatever happened.
 */
public abstract class SparkCommand implements Callable<Integer> {
    @Mixin
    protected CommonOptions common;

    @Mixin
    protected SettingsOptions settingsOptions;

    /** Checks options and paths and returns the settings; throws {@link UsageException} on a mistake. */
    protected abstract Settings prepare();

    /** The work, with a running session; returns the exit code. */
    protected abstract int run(SparkSession spark, Settings settings) throws Exception;

    @Override
    public final Integer call() throws Exception {
        Settings s = prepare();
        SparkSession spark = Spark.session(s);
        try {
            return run(spark, s);
        } finally {
            spark.stop();
        }
    }
}
