package nianbao.jobs.stats;

import nianbao.place.Gazetteer;
import nianbao.place.PlaceLevel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The number of governments per level (province, prefecture, county, township): the denominator of coverage in
 * stats_quality, from the gazetteer's real divisions — pseudo rows such as 市辖区 excluded. Departments have none,
 * and neither do levels the gazetteer does not hold (central bodies, unknown).
 */
public final class GovernmentCounts {
    private GovernmentCounts() {
    }

    /** Level id ({@code province}, …) → number of governments at that level. */
    public static Map<String, Long> fromGazetteer() {
        Gazetteer g = Gazetteer.get();
        Map<String, Long> m = new LinkedHashMap<>();
        for (PlaceLevel l : PlaceLevel.values()) m.put(l.id(), (long) g.count(l));
        return m;
    }
}
