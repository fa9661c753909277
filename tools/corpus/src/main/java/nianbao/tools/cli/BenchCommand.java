package nianbao.tools.cli;

import nianbao.jobs.cli.CommonOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * `bench SUB [options]`: benchmarks, one sub-command each, registered in the annotation below (one entry each). Not
 * runnable alone: `bin/nianbao bench` prints the list, exit 2.
 */
@Command(name = "bench", synopsisSubcommandLabel = "SUB", description = "Benchmarks; they print figures (docs/s, "
        + "seconds).", subcommands = {BenchGenerate.class, BenchParse.class, BenchIngest.class,
        BenchAggregateCommand.class})
final class BenchCommand {
    @Mixin
    CommonOptions common;
}
