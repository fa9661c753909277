/**
 * A report's metadata read from its text: the agency (title, signature, portal, page address, body), whether it is a
 * department, its level (also for bodies that only say 我镇/我局), the report year (title, statistical period, the
 * 总体情况 opening, signature and publication dates) and its place (via {@link nianbao.place}, and the places the text
 * ties an unnamed body to).
 */
package nianbao.meta;
