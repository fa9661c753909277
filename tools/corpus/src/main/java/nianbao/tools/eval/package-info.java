/**
 * Accuracy of the parser against truth labels (generated or hand-made): field by field, each value exact, invented,
 * missed or wrong, sliced by key, format, noise kind and table section.
 */
package nianbao.tools.eval;
