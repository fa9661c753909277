package nianbao.jobs.cli;

import nianbao.ReportParser;
import nianbao.jobs.generate.Generated;
import nianbao.jobs.generate.Generator;
import nianbao.jobs.generate.Noise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * `bench parse [--count N] [--seconds S] [--formats …] [--noise none|real]`: single-threaded parse throughput per
 * format over pre-generated in-memory bytes of full-length reports, after a warm-up pass.
 */
final class BenchParse implements Command {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "parse [--count N] [--seconds S] [--formats …] [--noise none|real]: parse docs/s per format on one core";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("count", "seconds", "formats", "noise", "seed"));
        int n = args.getInt("count", 200);
        double seconds = Double.parseDouble(args.get("seconds", "3"));
        Noise.Mix mix = Noise.Mix.parse(args.get("noise", "none"));
        for (String f : GenerateCommand.formats(args.get("formats"))) {
            Generator g = new Generator(args.getLong("seed", 1), List.of(f), mix);
            List<byte[]> corpus = new ArrayList<>(n);
            List<String> names = new ArrayList<>(n);
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                Generated d = g.generate(i);
                corpus.add(d.bytes());
                names.add(d.name());
                bytes += d.bytes().length;
            }
            for (int i = 0; i < n; i++) ReportParser.parse(names.get(i), corpus.get(i)); // warm-up
            long docs = 0, parsed = 0, t0 = System.nanoTime(), cpu0 = processCpuNanos();
            double elapsed;
            do {
                for (int i = 0; i < n; i++) ReportParser.parse(names.get(i), corpus.get(i));
                docs += n;
                parsed += bytes;
                elapsed = (System.nanoTime() - t0) / 1e9;
            } while (elapsed < seconds);
            // One parse at a time, so the process's CPU time is one core's work (plus GC and JIT, which only makes
            // the figure conservative); unlike wall time it does not drop when other programs share the machine.
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "parse %s: %.0f docs/s on one core (%.1f MB/s; wall %.0f docs/s; corpus: %d "
                            + "generated full-length reports, noise %s, %.1f KB avg)%n", f, docs / cpu, parsed / cpu / 1e6,
                    docs / elapsed, n, mix.name(), bytes / 1024.0 / n);
        }
        return 0;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
