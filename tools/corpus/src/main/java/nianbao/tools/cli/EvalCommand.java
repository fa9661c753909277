package nianbao.tools.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.ReportParser;
import nianbao.jobs.cli.CommonOptions;
import nianbao.jobs.cli.UsageException;
import nianbao.tools.eval.Evaluation;
import nianbao.tools.eval.Labels;
import nianbao.tools.eval.Scoreboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * `eval --generated N --seed S [--formats …] [--noise …] [--keep]` or `eval --truth FILE|DIR --input DIR`:
 * field-level accuracy of the parser. The last line is {@code fields F exact E invented I missed M wrong W accuracy A}.
 */
@Command(name = "eval", description = "Parser accuracy against truth: --generated N (a generated corpus) or "
        + "--truth FILE|DIR --input DIR (labelled real reports).")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--generated", paramLabel = "N", description = "Generate N reports and score the parser on them.")
    Integer generated;

    @Option(names = "--keep", description = "Keep the generated reports (their folder is printed).")
    boolean keep;

    @Option(names = "--truth", paramLabel = "FILE|DIR", description = "Labels (JSON Lines), relative to the current "
            + "folder.")
    Path truth;

    @Option(names = "--input", paramLabel = "DIR", description = "The labelled reports' folder.")
    Path input;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Scoreboard board;
        if (generated != null) {
            if (generated < 1) throw new UsageException("--generated must be at least 1");
            var g = corpus.generator();
            Path dir = Files.createTempDirectory("nianbao-eval-");
            out.printf("eval: %d generated reports (seed %d, formats %s, noise %s) in %s; parser %s%n", generated,
                    corpus.seed, corpus.formats(), corpus.noise, dir, ReportParser.VERSION);
            try {
                board = Evaluation.generated(g, generated, dir);
            } finally {
                if (!keep) delete(dir);
            }
        } else if (truth != null) {
            if (input == null) throw new UsageException("--truth needs --input DIR");
            if (!Files.exists(truth)) throw new UsageException("--truth " + truth.toAbsolutePath() + ": no such file or folder");
            if (!Files.isDirectory(input)) throw new UsageException("--input " + input.toAbsolutePath() + ": no such folder");
            List<JsonNode> labels = Labels.load(truth);
            out.printf("eval: %d labels from %s against files under %s; parser %s%n", labels.size(), truth, input,
                    ReportParser.VERSION);
            board = Evaluation.folder(labels, input);
        } else {
            throw new UsageException("give --generated N or --truth FILE|DIR --input DIR");
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
