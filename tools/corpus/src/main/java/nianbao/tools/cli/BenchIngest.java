package nianbao.tools.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.cli.CommonOptions;
import nianbao.jobs.cli.UsageException;
import nianbao.tools.bench.IngestBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * `bench ingest --count N [--seed S] [--formats …] [--noise …] [--cores K] [--dir DIR] [--local] [--rerun]
 * [--warm]`: Spark vs plain JVM.
 */
@Command(name = "ingest", description = "S3 → Delta with Spark vs a plain JVM baseline.")
final class BenchIngest implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000", description = "Reports (default: "
            + "${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--cores", paramLabel = "K", description = "Cores for Spark (default: all).")
    Integer cores;

    @Option(names = {"--dir", "--reuse"}, paramLabel = "DIR", description = "Scratch folder; a corpus generated "
            + "there before (same seed, count, formats, noise) is reused (default: target/bench-ingest of the project).")
    Path dir;

    @Option(names = "--local", description = "Corpus and warehouse on the local disk instead of the S3 server.")
    boolean local;

    @Option(names = "--rerun", description = "Ingest the same input again into the same warehouse and time that "
            + "skip path (nothing new to read).")
    boolean rerun;

    @Option(names = "--warm", description = "Ingest the same input again into an empty warehouse in the same JVM and "
            + "time that too (Spark's code then loaded and compiled, as in a long-lived driver).")
    boolean warm;

    @Override
    public Integer call() throws Exception {
        if (n <= 0) throw new UsageException("--count must be positive");
        int k = cores != null ? cores : Runtime.getRuntime().availableProcessors();
        Path d = (dir != null ? dir : Settings.home().resolve("target/bench-ingest")).toAbsolutePath();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        IngestBench.Result r = IngestBench.run(new IngestBench.Options(n, corpus.seed, corpus.formats(), corpus.noise,
                d, k, local, rerun, warm), out);
        out.println(IngestBench.summary(r));
        return 0;
    }
}
