package nianbao.tools.generate;

import java.util.SplittableRandom;

/**
 * Where the generator's reporting bodies come from. An implementation draws bodies across levels in realistic
 * proportions (~39k township bodies, ~2.8k counties with 30–40 departments each, prefectures and their
 * departments, provinces and theirs, ~60 central bodies) from some list of real places.
 * Implementations are deterministic: the same random state gives the same body.
 */
public interface AgencySource {
    /** One body, drawn with the population's level proportions. */
    Agency draw(SplittableRandom rnd);

    /** A line saying where the places come from, for the generator's log. */
    String describe();
}
