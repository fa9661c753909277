/**
 * Reading the statistical tables: a {@link nianbao.extract.Page} (any format, any text layout) becomes one stream of
 * cells ({@link nianbao.read.CellStream}), each with a semantic ({@link nianbao.read.CellValues}); the
 * {@link nianbao.read.TableReader} anchors the form's rows in that stream by their labels, places the values, and
 * the {@link nianbao.read.Deducer} fills only what the table's own arithmetic forces. Every cell keeps its
 * provenance for {@code parse --explain}.
 */
package nianbao.read;
