package nianbao.jobs.cli;

import nianbao.jobs.Main;
import nianbao.jobs.Settings;
import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * `ingest --input DIR|URI --warehouse DIR|URI`: new and changed reports into the Delta tables. Exits 1 when nothing
 * was listed (unless --allow-empty) or every document failed, 3 when more failed than --max-failed allows.
 */
@Command(name = "ingest", description = "Parse every new or changed report under the input into the Delta tables.")
final class IngestCommand extends SparkCommand {
    @Mixin
    IngestOptions ingest;

    @Option(names = "--retry-failed", description = "Parse again the failed files that have not changed "
            + "(otherwise they stay failed until their bytes change; nianbao.ingest.retry.failed).")
    boolean retryFailed;

    @Option(names = "--allow-empty", description = "Exit 0 even when the input holds no report.")
    boolean allowEmpty;

    private MaxFailed limit;

    @Override
    protected Settings prepare() {
        limit = ingest.maxFailed();
        Settings s = ingest.resolve(settingsOptions, retryFailed ? Map.of(Settings.RETRY_FAILED, "true") : Map.of());
        Path local = Locations.local(s.get(Settings.INPUT));
        if (local != null && !allowEmpty && !hasReport(local, Pattern.compile(s.get(Settings.INGEST_EXCLUDE)))) {
            throw new NothingListed(local.toString());
        }
        return s;
    }

    @Override
    protected int run(SparkSession spark, Settings s) {
        RunStats r = Ingest.run(spark, new Warehouse(s.get(Settings.WAREHOUSE)), Ingest.Options.from(s));
        System.out.println(r);
        if (r.listed() == 0 && !allowEmpty) {
            System.err.println("ingest: nothing listed under " + r.input() + "; exit 1 (--allow-empty accepts this)");
            return Main.FAILED;
        }
        if (r.failed() > 0 && r.parsed() == 0) {
            System.err.println("ingest: all " + r.failed() + " new documents failed (see the failures table); exit 1");
            return Main.FAILED;
        }
        if (limit.exceeded(r.failed(), r.fresh())) {
            System.err.println("ingest: " + r.failed() + " of " + r.fresh() + " new documents failed, more than "
                    + "--max-failed " + limit + " (see the failures table); exit 3");
            return Main.PARTIAL;
        }
        return Main.OK;
    }

    /** Whether the folder holds one file that is not excluded (stops at the first: cheap on a big folder). */
    private static boolean hasReport(Path dir, Pattern exclude) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).anyMatch(p -> !exclude.matcher(p.toString()).matches()
                    && !p.getFileName().toString().startsWith("."));
        } catch (IOException | UncheckedIOException e) {
            return true; // let the listing say what is wrong
        }
    }

    /** An input with no report in it: the run fails before Spark starts, exit 1. */
    static final class NothingListed extends RuntimeException {
        NothingListed(String dir) {
            super("nothing to ingest under " + dir + " (no report files); --allow-empty accepts an empty input");
        }
    }
}
