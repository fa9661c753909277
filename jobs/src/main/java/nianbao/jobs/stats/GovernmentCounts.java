package nianbao.jobs.stats;

import java.util.Map;

/**
 * The number of governments per level (province, prefecture, county, township): the denominator of coverage in
 * stats_quality. It must come from the gazetteer ({@code nianbao.place.Gazetteer}), counting real places only —
 * no pseudo-rows such as 市辖区 — and departments have none. Until the gazetteer is on main the map is empty and
 * coverage stays null rather than resting on a number typed in by hand.
 */
public final class GovernmentCounts {
    private GovernmentCounts() {
    }

    /** Level → number of governments; empty while no gazetteer is available. */
    public static Map<String, Long> fromGazetteer() {
        // Hook: return Gazetteer.load().countsByLevel() (or its equivalent) once nianbao.place lands on main.
        return Map.of();
    }
}
