package nianbao.tools.cli;

import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `bench SUB [options]`: benchmarks, one sub-command each, registered below with one line (other work adds
 * `bench ingest` and `bench aggregate` the same way).
 */
final class BenchCommand implements Command {
    private static final Map<String, Command> SUBS = new LinkedHashMap<>();

    static {
        for (Command c : List.<Command>of(
                new BenchGenerate(),
                new BenchParse(),
                new BenchIngest(),
                new BenchAggregateCommand()
        )) {
            SUBS.put(c.name(), c);
        }
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder("bench SUB: benchmarks;");
        SUBS.values().forEach(c -> sb.append("\n             bench ").append(c.summary()));
        return sb.toString();
    }

    @Override
    public int run(Args args) throws Exception {
        if (args.positional().isEmpty()) throw new Args.UsageException("name a benchmark: " + SUBS.keySet());
        Command c = SUBS.get(args.positional().get(0));
        if (c == null) throw new Args.UsageException("unknown benchmark '" + args.positional().get(0) + "'; known: " + SUBS.keySet());
        return c.run(args);
    }

    /** The sub-commands' names, for tests and help. */
    static List<String> names() {
        return List.copyOf(SUBS.keySet());
    }

    static List<String> rest(Args args) {
        List<String> p = args.positional();
        return p.size() <= 1 ? List.of() : Arrays.asList(p.subList(1, p.size()).toArray(new String[0]));
    }
}
