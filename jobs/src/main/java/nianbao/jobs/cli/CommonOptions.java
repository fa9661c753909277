package nianbao.jobs.cli;

import picocli.CommandLine.Option;

/** The options of every command: {@code --help} and {@code --verbose}. Mixed in with {@code @Mixin}. */
public final class CommonOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--verbose", description = "On failure, print the stack trace as well as the one-line error.")
    boolean verbose;
}
