package nianbao.jobs.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every `bin/nianbao` command, registered here (one line each). */
public final class Commands {
    /** Options that take no value, for every command. */
    public static final Set<String> BOOLEAN_FLAGS = Set.of("explain", "help", "quiet", "keep", "retry-failed");

    private static final Map<String, Command> BY_NAME = new LinkedHashMap<>();

    static {
        for (Command c : List.<Command>of(
                new ParseCommand(),
                new IngestCommand(),
                new ReparseCommand(),
                new AggregateCommand(),
                new StatsCommand(),
                new ReportCommand(),
                new SqlCommand(),
                new DemoCommand(),
                new GenerateCommand(),
                new EvalCommand(),
                new BenchCommand()
        )) {
            BY_NAME.put(c.name(), c);
        }
    }

    private Commands() {
    }

    public static Command find(String name) {
        return BY_NAME.get(name);
    }

    public static String help() {
        StringBuilder sb = new StringBuilder("usage: bin/nianbao COMMAND [options]\n\ncommands:\n");
        for (Command c : BY_NAME.values()) {
            sb.append(String.format("  %-16s %s%n", c.name(), c.summary()));
        }
        sb.append(String.format("  %-16s %s%n", "help", "this list"));
        return sb.toString();
    }
}
