package nianbao.jobs.cli;

import java.util.List;

/**
 * Commands from a module that {@code jobs} does not depend on (the corpus tools: {@code generate}, {@code eval},
 * {@code bench}), found with {@link java.util.ServiceLoader}: a module lists its provider in
 * {@code META-INF/services/nianbao.jobs.cli.CommandProvider}, and {@link Commands} adds its commands after the
 * built-in ones when that module is on the class path. The cluster jar carries none.
 */
public interface CommandProvider {
    /**
     * The commands, in the order {@code bin/nianbao --help} lists them: picocli command objects (classes annotated
     * with {@code @Command(name = …)}, implementing {@code Callable<Integer>} that returns the exit code), new
     * instances on every call.
     */
    List<Object> commands();
}
