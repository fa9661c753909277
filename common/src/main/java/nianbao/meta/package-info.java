/**
 * A report's metadata read from its text: the agency (title, signature, body), whether it is a department, its level,
 * the report year (title, statistical period, signature date) and its place (via {@link nianbao.place}).
 */
package nianbao.meta;
