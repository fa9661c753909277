/**
 * nianbao's Spark side: the one command line ({@link nianbao.jobs.Main}), the layered configuration
 * ({@link nianbao.jobs.Settings}), the session ({@link nianbao.jobs.Spark}), and the warehouse — every Delta table's
 * name and columns ({@link nianbao.jobs.Warehouse}, docs/tables.md). The jobs themselves are in {@code ingest} and
 * {@code stats}; the commands that call them in {@code cli}.
 */
package nianbao.jobs;
