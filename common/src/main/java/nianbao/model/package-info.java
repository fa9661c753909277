/** The report record and its parts: immutable values that Jackson writes as the {@code parse} JSON contract. */
package nianbao.model;
