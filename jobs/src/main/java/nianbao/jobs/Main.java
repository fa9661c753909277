package nianbao.jobs;

import nianbao.jobs.cli.Args;
import nianbao.jobs.cli.Command;
import nianbao.jobs.cli.Commands;

import java.util.Arrays;

/** `bin/nianbao COMMAND [options]`: finds the command and runs it. */
public final class Main {
    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    public static int run(String[] argv) {
        if (argv.length == 0 || argv[0].equals("help") || argv[0].equals("--help") || argv[0].equals("-h")) {
            System.out.println(Commands.help());
            return argv.length == 0 ? 2 : 0;
        }
        Command c = Commands.find(argv[0]);
        if (c == null) {
            System.err.println("nianbao: unknown command '" + argv[0] + "'\n\n" + Commands.help());
            return 2;
        }
        try {
            return c.run(Args.parse(Arrays.copyOfRange(argv, 1, argv.length), Commands.BOOLEAN_FLAGS));
        } catch (Args.UsageException e) {
            System.err.println("nianbao " + c.name() + ": " + e.getMessage());
            System.err.println("  " + c.name() + ": " + c.summary());
            return 2;
        } catch (Exception e) {
            System.err.println("nianbao " + c.name() + " failed: " + e);
            e.printStackTrace(System.err);
            return 1;
        }
    }
}
