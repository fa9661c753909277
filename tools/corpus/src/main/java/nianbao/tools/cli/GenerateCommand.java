package nianbao.tools.cli;

import nianbao.jobs.Settings;
import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.tools.generate.CorpusWriter;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import nianbao.tools.generate.render.Renderers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** `generate --count N --out DIR|s3a://… --seed S [--formats …] [--noise …]`: a synthetic corpus with its truth. */
final class GenerateCommand implements Command {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "generate --count N --out DIR|s3a://… --seed S [--formats txt,html,docx,xlsx,pdf] "
                + "[--noise none|real|heavy|KIND,…]: synthetic reports + truth.jsonl";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("count", "out", "seed", "formats", "noise", "conf-file", "set"));
        int count = args.getInt("count", -1);
        String out = args.get("out");
        if (count < 0) throw new Args.UsageException("--count N is required");
        if (out == null) throw new Args.UsageException("--out DIR|URI is required");
        Generator g = generator(args);
        Settings settings = settings(args);
        long t0 = System.nanoTime();
        try (CorpusWriter w = new CorpusWriter(settings.location(out), hadoopConf(settings))) {
            for (int i = 0; i < count; i++) {
                w.write(g.generate(i));
                if ((i + 1) % 10_000 == 0) System.err.printf("nianbao generate: %,d of %,d%n", i + 1, count);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("generated %d reports + %s in %s (%.0f docs/s); places: %s%n", count, CorpusWriter.TRUTH,
                    w.location(), count / Math.max(s, 1e-9), g.describeSource());
        }
        return 0;
    }

    static Generator generator(Args args) {
        List<String> formats = formats(args.get("formats"));
        Noise.Mix mix;
        try {
            mix = Noise.Mix.parse(args.get("noise", "none"));
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        return new Generator(args.getLong("seed", 1), formats, mix);
    }

    static List<String> formats(String s) {
        if (s == null || s.isBlank()) return Renderers.formats();
        List<String> out = new ArrayList<>();
        for (String f : s.split(",")) {
            String id = f.trim().toLowerCase(java.util.Locale.ROOT);
            if (!Renderers.formats().contains(id)) {
                throw new Args.UsageException("unknown format '" + f + "'; the generator writes " + Renderers.formats());
            }
            out.add(id);
        }
        return out;
    }

    static Settings settings(Args args) {
        Map<String, String> overrides = new TreeMap<>();
        for (String kv : args.all("set")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new Args.UsageException("--set takes key=value, not '" + kv + "'");
            overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return Settings.resolve(args.get("conf-file"), System.getenv(), overrides);
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
