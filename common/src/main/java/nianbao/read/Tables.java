package nianbao.read;

import nianbao.model.Full;

import java.util.Map;
import java.util.Set;

/**
 * What the {@link TableReader} read from one report.
 *
 * @param full        the three tables (sections the text lacks are null)
 * @param sources     cell path (e.g. {@code section3.new.6}, {@code section2.licensing.decisions}) → where it came from
 * @param flags       reading flags (deduced, cells_unplaced, truncated, no_applications_table, …)
 * @param amountUnit  the unit of the procurement amount written in its header (元, 万元, 亿元), or null
 * @param valueUnit   the unit written in the procurement amount cell itself, or null
 * @param counts      the pre-2019 form's labelled counts (key → value), else empty
 */
public record Tables(Full full, Map<String, Source> sources, Set<String> flags, String amountUnit, String valueUnit,
                     Map<String, Long> counts) {
}
