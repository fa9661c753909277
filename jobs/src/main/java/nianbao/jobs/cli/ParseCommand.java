package nianbao.jobs.cli;

import nianbao.Explained;
import nianbao.ReportParser;
import nianbao.model.Json;
import nianbao.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * `parse FILE... [--explain]`: one JSON object per file on standard output (the contract in docs/parse-contract.md).
 * With --explain, lines starting with "#" on standard error say where every headline value came from (line and
 * cell, the text as printed, its semantic, or that it was deduced), so standard output stays JSON Lines.
 */
@Command(name = "parse", description = "Print one JSON object per report (JSON Lines) on standard output; "
        + "exit 1 if any file could not be read or is not what its name claims.")
final class ParseCommand implements Callable<Integer> {
    /** Binary formats a file named so must really be; text read from such a file is a mistake, not a report. */
    private static final Set<String> BINARY = Set.of("pdf", "docx", "xlsx", "doc", "xls");

    @Mixin
    CommonOptions common;

    @Option(names = "--explain", description = "Also say, on standard error in lines starting with #, where each "
            + "headline value came from.")
    boolean explain;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files (pdf, docx, doc, xlsx, xls, html, txt).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (Path f : files) {
            Path p = f.toAbsolutePath().normalize();
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                err.println("parse: " + p + ": " + (Files.isDirectory(p) ? "is a folder, not a file"
                        : Files.exists(p) ? "cannot be read (permissions)" : "no such file"));
                failed++;
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            Explained e = explain ? ReportParser.explain(p.toString(), bytes, null) : null;
            Report r = e != null ? e.parsed().report() : ReportParser.parse(p.toString(), bytes).report();
            String claimed = extension(p);
            if (BINARY.contains(claimed) && "txt".equals(r.format())) {
                err.println("parse: " + p + ": not a " + claimed + " file (its bytes read as plain text); "
                        + "check the file or its name");
                failed++;
                continue;
            }
            out.println(Json.line(r));
            out.flush();
            if (e != null) for (String line : e.lines()) err.println("#   " + line);
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
