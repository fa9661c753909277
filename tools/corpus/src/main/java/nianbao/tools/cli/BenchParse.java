package nianbao.tools.cli;

import nianbao.ReportParser;
import nianbao.jobs.cli.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * `bench parse [--count N] [--seconds S] [--warmup S] [--formats …] [--noise none|real]`: single-threaded parse throughput per
 * format over pre-generated in-memory bytes of full-length reports, after a timed warm-up.
 */
@Command(name = "parse", description = "Parse docs/s per format on one core.")
final class BenchParse implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--count", paramLabel = "N", defaultValue = "200", description = "Reports per format (default: "
            + "${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Measured time per format "
            + "(default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "15", description = "Warm-up time per format "
            + "(default: ${DEFAULT-VALUE}).")
    double warmup;

    @Override
    public Integer call() {
        Noise.Mix mix = corpus.mix();
        for (String f : corpus.formats()) {
            Generator g = new Generator(corpus.seed, List.of(f), mix);
            List<byte[]> corpus = new ArrayList<>(n);
            List<String> names = new ArrayList<>(n);
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                Generated d = g.generate(i);
                corpus.add(d.bytes());
                names.add(d.name());
                bytes += d.bytes().length;
            }
            // Warm up by time, not by a fixed pass: C2 keeps compiling the parser for ~15 s (measured: after 5 s the
            // JIT threads still add a third to the process's CPU), and a long ingest runs in that steady state.
            loop(names, corpus, warmup);
            long cpu0 = processCpuNanos(), thread0 = THREADS.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            long docs = loop(names, corpus, seconds);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            // Parsing runs on this thread (no time budget, so no hand-off), one document at a time: the process's CPU
            // time is one core's work plus the GC and JIT threads', which the headline figure includes so that it is
            // what a core really delivers; unlike wall time it does not drop when other programs share the machine.
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double thread = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e9;
            long parsed = docs / n * bytes;
            System.out.printf(Locale.ROOT, "parse %s: %.0f docs/s on one core (%.1f MB/s; parse thread alone %.0f docs/s, "
                            + "wall %.0f docs/s; corpus: %d generated full-length reports, noise %s, %.1f KB avg)%n", f,
                    docs / cpu, parsed / cpu / 1e6, docs / thread, docs / elapsed, n, mix.name(), bytes / 1024.0 / n);
        }
        return 0;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Parses the corpus round after round on this thread until {@code seconds} have passed; returns the docs parsed. */
    private static long loop(List<String> names, List<byte[]> corpus, double seconds) {
        long docs = 0, t0 = System.nanoTime();
        do {
            for (int i = 0; i < corpus.size(); i++) ReportParser.parse(names.get(i), corpus.get(i), null, 0);
            docs += corpus.size();
        } while (System.nanoTime() - t0 < seconds * 1e9);
        return docs;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
