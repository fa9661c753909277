package nianbao.tools.cli;

import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** `bench generate [--count N] [--formats …] [--noise …] [--seed S]`: generator throughput per format, in memory. */
final class BenchGenerate implements Command {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate [--count N] [--formats …] [--noise …]: docs/s of the generator per format (in memory, one thread)";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("count", "formats", "noise", "seed"));
        int n = args.getInt("count", 500);
        Noise.Mix mix = Noise.Mix.parse(args.get("noise", "none"));
        for (String f : GenerateCommand.formats(args.get("formats"))) {
            Generator g = new Generator(args.getLong("seed", 1), List.of(f), mix);
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
