package nianbao.tools.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.tools.bench.IngestBench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/** `bench ingest --count N [--seed S] [--formats …] [--noise …] [--cores K] [--dir DIR]`: Spark vs plain JVM. */
final class BenchIngest implements Command {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "ingest --count N [--seed S] [--formats …] [--noise …] [--cores K] [--dir DIR]: S3 → Delta with Spark "
                + "vs a plain JVM baseline";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("count", "seed", "formats", "noise", "cores", "dir"));
        int n = args.getInt("count", 1000);
        if (n <= 0) throw new Args.UsageException("--count must be positive");
        int cores = args.getInt("cores", Runtime.getRuntime().availableProcessors());
        Path dir = Path.of(args.get("dir", Settings.home().resolve("target/bench-ingest").toString()))
                .toAbsolutePath();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        IngestBench.Result r = IngestBench.run(new IngestBench.Options(n, args.getLong("seed", 1),
                GenerateCommand.formats(args.get("formats")), args.get("noise", "none"), dir, cores), out);
        out.println(IngestBench.summary(r));
        return 0;
    }
}
