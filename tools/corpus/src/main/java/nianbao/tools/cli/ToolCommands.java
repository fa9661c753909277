package nianbao.tools.cli;

import nianbao.jobs.cli.CommandProvider;

import java.util.List;

/**
 * The corpus tools' `bin/nianbao` commands, registered with the jobs' CLI through
 * {@code META-INF/services/nianbao.jobs.cli.CommandProvider} (one line each here).
 */
public final class ToolCommands implements CommandProvider {
    @Override
    public List<Object> commands() {
        return List.of(
                new GenerateCommand(),
                new EvalCommand(),
                new BenchCommand()
        );
    }
}
