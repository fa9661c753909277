package nianbao.jobs.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every `bin/nianbao` command: the jobs' own, registered here (one line each), then those of the modules on the class
 * path that provide more ({@link CommandProvider}; the corpus tools add {@code generate}, {@code eval} and
 * {@code bench}).
 */
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
                new DemoCommand()
        )) {
            BY_NAME.put(c.name(), c);
        }
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) {
            for (Command c : p.commands()) {
                if (BY_NAME.putIfAbsent(c.name(), c) != null) {
                    throw new IllegalStateException("command '" + c.name() + "' is registered twice ("
                            + p.getClass().getName() + ")");
                }
            }
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
