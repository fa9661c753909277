/**
 * The statistics: {@link nianbao.jobs.stats.Aggregate} turns {@code reports} into one row per body and year and
 * writes the gold tables ({@code stats_*}, definitions in docs/statistics.md); printing, export and the HTML report
 * read them.
 */
package nianbao.jobs.stats;
