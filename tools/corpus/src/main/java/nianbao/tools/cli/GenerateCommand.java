package nianbao.tools.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.cli.CommonOptions;
import nianbao.jobs.cli.UsageException;
import nianbao.tools.generate.CorpusWriter;
import nianbao.tools.generate.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** `generate --count N --out DIR|s3a://… --seed S [--formats …] [--noise …]`: a synthetic corpus with its truth. */
@Command(name = "generate", description = "Write synthetic reports in every format with their truth (truth.jsonl).")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many reports.")
    int count;

    @Option(names = "--out", paramLabel = "DIR|URI", required = true, description = "Folder (relative to the "
            + "current folder) or s3a:// prefix to write to.")
    String out;

    @Option(names = "--conf-file", paramLabel = "FILE", description = "Properties file with spark.hadoop.fs.s3a.* "
            + "settings for an s3a:// --out (env NIANBAO_CONF).")
    String confFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A setting, e.g. spark.hadoop.fs.s3a.endpoint=…; "
            + "repeatable.")
    Map<String, String> set = new TreeMap<>();

    @Override
    public Integer call() throws Exception {
        if (count < 0) throw new UsageException("--count must be 0 or more");
        Generator g = corpus.generator();
        Settings settings;
        try {
            settings = Settings.resolve(confFile == null ? null : Path.of(confFile).toAbsolutePath().toString(),
                    System.getenv(), set);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String where = out.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? out : Path.of(out).toAbsolutePath().toString();
        if (!where.contains(":") && Files.exists(Path.of(where)) && !Files.isDirectory(Path.of(where))) {
            throw new UsageException("--out " + where + ": is a file, not a folder; give a folder");
        }
        long t0 = System.nanoTime();
        try (CorpusWriter w = new CorpusWriter(settings.location(where), hadoopConf(settings))) {
            for (int i = 0; i < count; i++) {
                w.write(g.generate(i));
                if ((i + 1) % 10_000 == 0) System.err.printf("generate: %,d of %,d%n", i + 1, count);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("generated %d reports + %s in %s (%.0f docs/s); places: %s%n", count, CorpusWriter.TRUTH,
                    w.location(), count / Math.max(s, 1e-9), g.describeSource());
        }
        return 0;
    }

    /** The {@code spark.hadoop.*} settings with the prefix stripped: what Hadoop's FileSystem reads. */
    static Map<String, String> hadoopConf(Settings s) {
        Map<String, String> m = new TreeMap<>();
        s.sparkConf().forEach((k, v) -> {
            if (k.startsWith("spark.hadoop.")) m.put(k.substring("spark.hadoop.".length()), v);
        });
        return m;
    }
}
