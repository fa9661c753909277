package nianbao.tools.cli;

import nianbao.jobs.cli.CommonOptions;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** `bench generate [--count N] [--formats …] [--noise …] [--seed S]`: generator throughput per format, in memory. */
@Command(name = "generate", description = "Docs/s of the generator per format (in memory, one thread).")
final class BenchGenerate implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--count", paramLabel = "N", defaultValue = "500", description = "Reports per format (default: "
            + "${DEFAULT-VALUE}).")
    int n;

    @Override
    public Integer call() {
        Noise.Mix mix = corpus.mix();
        for (String f : corpus.formats()) {
            Generator g = new Generator(corpus.seed, List.of(f), mix);
            for (int i = 0; i < Math.min(100, n); i++) g.generate(1_000_000 + i); // warm-up
            long bytes = 0, t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Generated d = g.generate(i);
                bytes += d.bytes().length;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "generate %s: %.0f docs/s (%d docs, %.1f KB avg, noise %s)%n", f, n / s, n,
                    bytes / 1024.0 / n, mix.name());
        }
        return 0;
    }
}
