package nianbao.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.ReportParser;
import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.tools.eval.Evaluation;
import nianbao.tools.eval.Labels;
import nianbao.tools.eval.Scoreboard;
import nianbao.tools.generate.Generator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * `eval --generated N --seed S [--formats …] [--noise …] [--keep]` or `eval --truth FILE|DIR --input DIR`:
 * field-level accuracy of the parser. The last line is {@code fields F exact E invented I missed M wrong W accuracy A}.
 */
final class EvalCommand implements Command {
    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String summary() {
        return "eval --generated N --seed S [--formats …] [--noise …] [--keep] | eval --truth FILE|DIR --input DIR: "
                + "parser accuracy against truth";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("generated", "seed", "formats", "noise", "keep", "truth", "input"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Scoreboard board;
        if (args.get("generated") != null) {
            int n = args.getInt("generated", 0);
            Generator g = GenerateCommand.generator(args);
            Path dir = Files.createTempDirectory("nianbao-eval-");
            out.printf("eval: %d generated reports (seed %d, formats %s, noise %s) in %s; parser %s%n", n,
                    args.getLong("seed", 1), GenerateCommand.formats(args.get("formats")), args.get("noise", "none"),
                    dir, ReportParser.VERSION);
            try {
                board = Evaluation.generated(g, n, dir);
            } finally {
                if (!args.flag("keep")) delete(dir);
            }
        } else if (args.get("truth") != null) {
            if (args.get("input") == null) throw new Args.UsageException("--truth needs --input DIR");
            Path truth = Path.of(args.get("truth")), input = Path.of(args.get("input"));
            if (!Files.exists(truth)) throw new Args.UsageException("no truth file or folder " + truth);
            if (!Files.isDirectory(input)) throw new Args.UsageException("no input folder " + input);
            List<JsonNode> labels = Labels.load(truth);
            out.printf("eval: %d labels from %s against files under %s; parser %s%n", labels.size(), truth, input,
                    ReportParser.VERSION);
            board = Evaluation.folder(labels, input);
        } else {
            throw new Args.UsageException("give --generated N or --truth FILE|DIR --input DIR");
        }
        board.print(out);
        return 0;
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
