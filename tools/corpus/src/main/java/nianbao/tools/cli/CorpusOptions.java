package nianbao.tools.cli;

import nianbao.jobs.cli.UsageException;
import nianbao.tools.generate.Generator;
import nianbao.tools.generate.Noise;
import nianbao.tools.generate.render.Renderers;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The generator's options, shared by generate, eval and the benchmarks: --seed, --formats, --noise. */
final class CorpusOptions {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Generator seed (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--formats", paramLabel = "F,…", description = "Formats among txt, html, docx, xlsx, pdf "
            + "(default: all).")
    String formats;

    @Option(names = "--noise", paramLabel = "MIX", defaultValue = "none", description = "none, real, heavy or "
            + "KIND,… (default: ${DEFAULT-VALUE}).")
    String noise;

    List<String> formats() {
        return formats(formats);
    }

    Noise.Mix mix() {
        try {
            return Noise.Mix.parse(noise);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--noise: " + e.getMessage());
        }
    }

    Generator generator() {
        return new Generator(seed, formats(), mix());
    }

    static List<String> formats(String s) {
        if (s == null || s.isBlank()) return Renderers.formats();
        List<String> out = new ArrayList<>();
        for (String f : s.split(",")) {
            String id = f.trim().toLowerCase(Locale.ROOT);
            if (!Renderers.formats().contains(id)) {
                throw new UsageException("--formats: unknown format '" + f + "'; the generator writes "
                        + Renderers.formats());
            }
            out.add(id);
        }
        return out;
    }
}
