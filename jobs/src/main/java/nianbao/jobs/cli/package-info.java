/**
 * The {@code bin/nianbao} sub-commands: each parses its arguments and calls a job; none holds job logic. Registered in
 * {@link nianbao.jobs.cli.Commands}; other modules add theirs through {@link nianbao.jobs.cli.CommandProvider}.
 */
package nianbao.jobs.cli;
