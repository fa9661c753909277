package nianbao.place;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trip over the whole gazetteer: the name a township government signs with, 「county + township + 人民政府」,
 * must resolve back to that township. Catches overlapping names (汾阳市西河街道 vs 市西河街道), same-level names in a
 * chain and wrong short forms.
 */
class EveryTownshipResolvesTest {
    @Test
    void countyPlusTownshipNameResolvesToItself() {
        Gazetteer g = Gazetteer.get();
        PlaceResolver resolver = new PlaceResolver(g);
        int total = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Place p : g.all()) {
            // Ordinary townships; farms, parks and 办事处 units of the codes often repeat their county in the name.
            if (p.level() != PlaceLevel.TOWNSHIP || !p.name().matches(".+(镇|乡|街道|苏木)")) continue;
            total++;
            String county = p.county() != null ? p.county() : p.prefecture() != null ? p.prefecture() : p.province();
            String agency = county + p.name() + (p.name().endsWith("街道") ? "办事处" : "人民政府");
            Resolution r = resolver.resolve(List.of(agency), "", List::of);
            if (r.status() != Resolution.Status.RESOLVED) misses.add(agency + " " + r.status());
            else if (!r.place().code().equals(p.code())) wrong.add(agency + " -> " + r.place().code() + " " + r.place().name());
        }
        assertEquals(List.of(), wrong, "resolved to another place");
        assertTrue(misses.size() <= total / 1000, misses.size() + " of " + total + " unresolved, e.g. "
                + misses.subList(0, Math.min(10, misses.size())));
    }
}
