package nianbao.jobs.cli;

import nianbao.ReportParser;
import nianbao.model.Json;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** `parse FILE...`: one JSON object per file on standard output (the contract in docs/parse-contract.md). */
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
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String f : args.positional()) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                System.err.println("nianbao parse: " + f + ": no such file");
                failed++;
                continue;
            }
            out.println(Json.line(ReportParser.parse(p.toAbsolutePath().toString(), Files.readAllBytes(p)).report()));
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
