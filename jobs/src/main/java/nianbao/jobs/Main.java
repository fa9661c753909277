package nianbao.jobs;

import nianbao.jobs.cli.Commands;
import nianbao.jobs.cli.UsageException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/**
 * `bin/nianbao COMMAND [options]`: parses the arguments, runs the command, and turns whatever happens into one line
 * and an exit code: 0 ok, 1 the run failed, 2 usage (nothing ran), 3 partial (the command says so). The stack trace
 * is printed only with {@code --verbose}, and logged at DEBUG.
 */
public final class Main {
    public static final int OK = 0, FAILED = 1, USAGE = 2, PARTIAL = 3;
    private static final Logger LOG = LogManager.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    public static int run(String... argv) {
        List<String> args = Arrays.asList(argv);
        boolean verbose = args.contains("--verbose");
        String name = "nianbao";
        try {
            if (!args.isEmpty() && args.get(0).equals("help")) {
                return run(args.size() > 1 ? new String[] {args.get(1), "--help"} : new String[] {"--help"});
            }
            CommandLine cl = Commands.commandLine();
            ParseResult parsed;
            try {
                parsed = cl.parseArgs(argv);
            } catch (ParameterException e) {
                String where = e.getCommandLine().getCommandSpec().qualifiedName();
                System.err.println(where + ": " + e.getMessage() + " (see bin/" + where + " --help)");
                return USAGE;
            }
            if (CommandLine.printHelpIfRequested(parsed)) return OK;
            ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) leaf = leaf.subcommand();
            name = leaf.commandSpec().qualifiedName();
            if (!(leaf.commandSpec().userObject() instanceof Callable<?> command)) {
                // `bin/nianbao` or `bin/nianbao bench` alone: which command, then?
                System.err.print(leaf.commandSpec().commandLine().getUsageMessage());
                return USAGE;
            }
            Object code = command.call();
            return code instanceof Integer i ? i : OK;
        } catch (Throwable t) {
            return fail(name, t, verbose);
        }
    }

    /** One line for {@code t}, its stack trace if {@code verbose}; the exit code. */
    private static int fail(String name, Throwable t, boolean verbose) {
        LOG.debug("{} failed", name, t);
        if (t instanceof UsageException) {
            System.err.println(name + ": " + t.getMessage() + " (see bin/" + name + " --help)");
            return USAGE;
        }
        if (t instanceof InterruptedException) Thread.currentThread().interrupt();
        System.err.println(name + " failed: " + message(t) + (verbose ? "" : " (--verbose shows the stack trace)"));
        if (verbose) t.printStackTrace(System.err);
        return FAILED;
    }

    /** The first line of the most telling message in the cause chain. */
    static String message(Throwable t) {
        Throwable m = t;
        while (m.getCause() != null && m.getCause() != m && (m.getMessage() == null
                || m instanceof ExceptionInInitializerError || m instanceof ExecutionException
                || m instanceof InvocationTargetException || m.getMessage().equals(m.getCause().toString()))) {
            m = m.getCause();
        }
        String s = m.getMessage() == null || m.getMessage().isBlank() ? m.getClass().getSimpleName()
                : m.getMessage().strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
