/**
 * Benchmarks that need servers or Spark: ingest through a local S3 server (s3proxy) against a plain JVM, and the
 * aggregation over synthetic rows.
 */
package nianbao.tools.bench;
