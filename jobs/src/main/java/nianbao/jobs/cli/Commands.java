package nianbao.jobs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every `bin/nianbao` command: the jobs' own, registered here (one line each), then those of the modules on the class
 * path that provide more ({@link CommandProvider}; the corpus tools add {@code generate}, {@code eval} and
 * {@code bench}). Options, help and usage errors come from picocli.
 */
public final class Commands {
    private Commands() {
    }

    /** The command line: a fresh tree of command objects (they hold the parsed options), printing to System.out/err. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Nianbao());
        for (Object c : List.of(
                new ParseCommand(),
                new IngestCommand(),
                new ReparseCommand(),
                new AggregateCommand(),
                new MaintainCommand(),
                new NightlyCommand(),
                new StatsCommand(),
                new ReportCommand(),
                new SqlCommand(),
                new DemoCommand(),
                new ConfigCommand()
        )) {
            cl.addSubcommand(c);
        }
        for (CommandProvider p : ServiceLoader.load(CommandProvider.class)) {
            for (Object c : p.commands()) {
                String name = new CommandLine(c).getCommandName();
                if (cl.getSubcommands().containsKey(name)) {
                    throw new IllegalStateException("command '" + name + "' is registered twice ("
                            + p.getClass().getName() + ")");
                }
                cl.addSubcommand(c);
            }
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setUsageHelpWidth(110);
        return cl;
    }

    /** Whether {@code name} is a command. */
    public static boolean exists(String name) {
        return commandLine().getSubcommands().containsKey(name);
    }

    /** The list of commands, as {@code bin/nianbao --help} prints it. */
    public static String help() {
        return commandLine().getUsageMessage();
    }

    @Command(name = "nianbao", synopsisSubcommandLabel = "COMMAND",
            description = "Parses government information-disclosure annual reports into Delta tables and statistics.",
            footer = {"", "`bin/nianbao COMMAND --help` shows a command's options, their defaults and environment "
                    + "variables.", "Exit codes: 0 ok, 1 the run failed, 2 usage (nothing ran), "
                    + "3 partial (more documents failed than --max-failed allows)."})
    static final class Nianbao {
        @Mixin
        CommonOptions common;
    }
}
