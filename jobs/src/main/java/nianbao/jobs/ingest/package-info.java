/**
 * Ingest and reparse: list the input, skip what the warehouse has, parse the rest in executor tasks, and MERGE
 * {@code documents}, {@code reports} and {@code report_cells}, with the audit tables {@code failures} and {@code runs}
 * (docs/tables.md, "How a run works").
 */
package nianbao.jobs.ingest;
