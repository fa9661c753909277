package nianbao.jobs.cli;

import nianbao.Explained;
import nianbao.ReportParser;
import nianbao.model.Json;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * `parse FILE... [--explain]`: one JSON object per file on standard output (the contract in docs/parse-contract.md).
 * With --explain, each JSON line is followed by lines starting with "#" that say where every headline value came from
 * (line and cell, the text as printed, its semantic, or that it was deduced).
 */
final class ParseCommand implements Command {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String summary() {
        return "parse FILE... [--explain]: print one JSON object per report (JSON Lines)";
    }

    @Override
    public int run(Args args) throws Exception {
        args.requireOnly(Set.of("explain"));
        if (args.positional().isEmpty()) throw new Args.UsageException("name at least one FILE");
        boolean explain = args.flag("explain");
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String f : args.positional()) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                System.err.println("nianbao parse: " + f + ": no such file");
                failed++;
                continue;
            }
            String path = p.toAbsolutePath().toString();
            byte[] bytes = Files.readAllBytes(p);
            if (explain) {
                Explained e = ReportParser.explain(path, bytes, null);
                out.println(Json.line(e.parsed().report()));
                for (String line : e.lines()) out.println("#   " + line);
            } else {
                out.println(Json.line(ReportParser.parse(path, bytes).report()));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
