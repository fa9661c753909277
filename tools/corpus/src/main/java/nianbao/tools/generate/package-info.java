/**
 * The synthetic corpus: reporting bodies, values shaped like real reports, the forms' layout and real-world noise,
 * and for every file its truth — what a careful reader can know from what was printed. Independent of the parser's
 * reading code ({@code nianbao.read}, {@code nianbao.meta}), so the two check each other.
 */
package nianbao.tools.generate;
