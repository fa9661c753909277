package nianbao.jobs.cli;

/** One `bin/nianbao` sub-command. {@link #run} returns the process exit code. */
public interface Command {
    String name();

    /** One line for `bin/nianbao help`. */
    String summary();

    int run(Args args) throws Exception;
}
