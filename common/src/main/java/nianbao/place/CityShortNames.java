package nianbao.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zones named after their city without its 市: 「长春新区管委会」, 「重庆某某示范区管理委员会」. The codes do not list most
 * zones, and the bare city name (长春) is not a division name the gazetteer scans for (two-character city names are
 * everyday words inside longer ones), so the city is recognised only at the start of a name that goes on as a zone.
 * A zone run by a 管委会 under a city is administered like one of its districts: it sits one level below the city
 * (a municipality's districts are county level too).
 */
final class CityShortNames {
    /** The zone words after the city's short name: 新区, 开发区, 高新区, 保税港区, 示范区… */
    private static final Pattern ZONE = Pattern.compile(
            "^\\p{IsHan}{0,10}?(?:新区|开发区|经开区|园区|保税区|保税港区|港区|试验区|实验区|示范区|自贸区|合作区)");

    private final Map<String, List<Place>> byShort = new HashMap<>();

    CityShortNames(Gazetteer g) {
        for (Place p : g.all()) {
            boolean city = p.level() == PlaceLevel.PREFECTURE || p.level() == PlaceLevel.PROVINCE;
            if (!city || p.pseudo() || !p.name().endsWith("市") || p.name().length() < 3) continue;
            byShort.computeIfAbsent(p.name().substring(0, p.name().length() - 1), k -> new ArrayList<>(1)).add(p);
        }
    }

    /**
     * The zone a name starts with, unresolved (the codes lack it) but within the one city its first characters name;
     * null when the name does not start so, or the short name fits several cities.
     */
    /**
     * A zone whose name the codes hold generically (高新区, 开发区, 高新技术产业开发区 are township-level rows in many
     * counties) written after its city's short name (「成都高新技术产业开发区」): the city's own county-level row if it
     * has one, else unresolved within the city; null when the phrase does not start with a city's short name before the zone, the city is
     * ambiguous, or the target is not that zone.
     */
    Resolution zoneOfCity(String phrase, Mention target) {
        for (int len = 2; len <= 4 && len <= target.start(); len++) {
            List<Place> cities = byShort.get(phrase.substring(0, len));
            if (cities == null || phrase.startsWith("市", len)) continue;
            Matcher m = ZONE.matcher(phrase).region(len, phrase.length());
            if (!m.lookingAt() || m.end() != target.end()) continue;
            if (cities.size() != 1) return null;
            Place city = cities.get(0);
            String evidence = "zone named after " + city.name();
            // Only a county-level row of the city named exactly so is the zone: 「武汉东湖新技术开发区」 is not the codes'
            // 开发区 of some district, and a township-level 高新区 row is a county's zone, not the city's.
            List<Place> inCity = target.start() != len ? List.of() : target.places().stream()
                    .filter(p -> p.isWithin(city) && p.level() == PlaceLevel.COUNTY).toList();
            if (inCity.size() == 1) return Resolution.resolved(inCity.get(0), evidence);
            return new Resolution(Resolution.Status.UNRESOLVED, null, city, phrase.substring(0, m.end()),
                    inCity.isEmpty() ? evidence : inCity.size() + " places named " + target.name() + " in " + city.name());
        }
        return null;
    }

    Resolution zone(String phrase) {
        for (int len = 2; len <= 4 && len < phrase.length(); len++) {
            List<Place> cities = byShort.get(phrase.substring(0, len));
            if (cities == null || phrase.startsWith("市", len)) continue;
            Matcher m = ZONE.matcher(phrase).region(len, phrase.length());
            if (!m.lookingAt()) continue;
            if (cities.size() != 1) return null;
            Place city = cities.get(0);
            return new Resolution(Resolution.Status.UNRESOLVED, null, city, phrase.substring(0, m.end()),
                    "zone named after " + city.name());
        }
        return null;
    }
}
