/**
 * Validation of the read tables (never changes a value): 勾稽 per column, （七）总计 = sum of its parts, the 总计 column =
 * sum of the applicant columns, section-四 totals = sum of their parts. Each rule yields a
 * {@link nianbao.model.Check} with outcome PASS, FAIL or NOT_ASSESSABLE (a rule over an unknown value is not a failure).
 */
package nianbao.check;
