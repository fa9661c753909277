/**
 * The scheduled jobs: {@link nianbao.jobs.nightly.Nightly} runs ingest, aggregate and maintenance under one warehouse
 * lease with one {@code runs} row, {@link nianbao.jobs.nightly.Maintain} compacts, checkpoints and vacuums the Delta
 * tables, and {@link nianbao.jobs.nightly.Headlines} says which headline figures a run moved (the scheduler
 * examples are in the README's cluster section).
 */
package nianbao.jobs.nightly;
