/**
 * The corpus tools' commands ({@code generate}, {@code eval}, {@code bench}), added to {@code bin/nianbao} through
 * {@link nianbao.jobs.cli.CommandProvider}; the cluster jar carries none of them.
 */
package nianbao.tools.cli;
