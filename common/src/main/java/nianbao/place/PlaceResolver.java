package nianbao.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the one place a report's agency belongs to. The most specific name in the agency's name is the target
 * (靖安县宝峰镇人民政府 → 宝峰镇); names before it and in the other name phrases (title, signature) narrow its
 * candidates (→ 靖安县's 宝峰镇); if several remain, ancestors named anywhere in the text (an address line, the county
 * or prefecture, the province), then gov.cn domains, choose; otherwise the result is {@link Resolution.Status#AMBIGUOUS}
 * — it never guesses. Stateless and thread-safe.
 */
public final class PlaceResolver {
    /** A township-like name right before the institution words, for names the codes do not have. */
    private static final Pattern TOWNSHIP_TOKEN = Pattern.compile(
            "(\\p{IsHan}{2,12}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处|党委|人大|$)");

    /** The words after a unit's name that make it the unit's government or office. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "(?:人民政府|政府|办事处|管理委员会|管委会|党政办公室|办公室)$");

    private final Gazetteer g;
    private final TextEvidence textEvidence;

    public PlaceResolver(Gazetteer g) {
        this.g = g;
        this.textEvidence = new TextEvidence(g);
    }

    /** Built once per gazetteer: a few hundred names. */
    private static final java.util.concurrent.ConcurrentHashMap<Gazetteer, CityShortNames> CITY_SHORT_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param phrases name phrases, most authoritative first (the agency, then the title's name part, the signature)
     * @param text    the whole report text (searched only when a name is ambiguous)
     * @param hosts   gov.cn hosts from the source URL, path and text ({@link DomainHints#hosts}); asked for only when
     *                a name is ambiguous
     */
    public Resolution resolve(List<String> phrases, String text, Supplier<List<String>> hosts) {
        List<Mention> chain = new ArrayList<>();
        Mention target = null;
        String targetPhrase = null;
        for (String phrase : phrases) {
            if (phrase == null || phrase.isEmpty()) continue;
            List<Mention> ms = g.scan(phrase);
            chain.addAll(ms);
            if (target == null && !ms.isEmpty()) {
                target = mostSpecific(ms);
                targetPhrase = phrase;
            }
        }
        if (target == null) {
            // Units the scan cannot see (their names end in 场, 城, 所…: 某某农场人民政府): the whole name before the
            // institution words, looked up exactly.
            for (String phrase : phrases) {
                if (phrase == null) continue;
                String unit = INSTITUTION.matcher(phrase).replaceFirst("");
                List<Place> places = unit.length() >= 3 ? g.byName(Names.canonical(unit)) : List.of();
                if (!places.isEmpty()) {
                    target = new Mention(0, unit.length(), Names.canonical(unit), places);
                    targetPhrase = phrase;
                    chain.add(target);
                    break;
                }
            }
        }
        if (target == null) {
            CityShortNames cities = CITY_SHORT_NAMES.computeIfAbsent(g, CityShortNames::new);
            for (String phrase : phrases) {
                Resolution zone = phrase == null ? null : cities.zone(phrase);
                if (zone != null) return zone;
            }
            for (String phrase : phrases) {
                if (phrase != null && TOWNSHIP_TOKEN.matcher(phrase).find()) {
                    return new Resolution(Resolution.Status.UNRESOLVED, null, null, null, "name not in the 2023 codes");
                }
            }
            return Resolution.none();
        }
        // 「成都高新区管委会」: the codes' 高新区 rows are in many counties; the city written without 市 says which.
        if (target.start() >= 2 && g.scan(targetPhrase).get(0).start() == target.start()) {
            Resolution zone = CITY_SHORT_NAMES.computeIfAbsent(g, CityShortNames::new).zoneOfCity(targetPhrase, target);
            if (zone != null) return zone;
        }
        List<Place> candidates = narrowByChain(target, chain);
        if (candidates.isEmpty()) {
            return new Resolution(Resolution.Status.UNRESOLVED, null, null, target.name(),
                    target.name() + " not inside the other places named with it");
        }
        candidates = longerSibling(candidates, target, targetPhrase);
        Resolution unknownTownship = unknownTownshipAfter(target, targetPhrase, candidates);
        if (unknownTownship != null) return unknownTownship;

        if (candidates.size() == 1) {
            Place p = candidates.get(0);
            String evidence = candidates.size() < target.places().size() || hasAncestorInChain(p, chain)
                    ? namesInChain(p, chain) + " in name"
                    : "unique " + p.level().id() + " name";
            return Resolution.resolved(p, evidence);
        }
        List<Place> byText = textEvidence.narrow(candidates, text);
        if (byText.size() == 1) return Resolution.resolved(byText.get(0), TextEvidence.describe(byText.get(0), text));
        List<Place> byDomain = new ArrayList<>();
        String host = null;
        List<String> hostList = hosts.get();
        for (Place c : candidates) {
            String h = DomainHints.matchingHost(hostList, c.level() == PlaceLevel.TOWNSHIP ? c.county() : c.name());
            if (h == null && c.level() != PlaceLevel.PREFECTURE) h = DomainHints.matchingHost(hostList, c.prefecture());
            // A host under a province's or prefecture's own label (qionghai.hainan.gov.cn) holds only its bodies.
            for (int i = 0; h == null && i < hostList.size(); i++) {
                Place owner = DomainHints.place(hostList.get(i), g);
                if (owner != null && c.isWithin(owner)) h = hostList.get(i);
            }
            if (h != null) {
                byDomain.add(c);
                host = h;
            }
        }
        if (byDomain.size() == 1) return Resolution.resolved(byDomain.get(0), "domain " + host);
        return new Resolution(Resolution.Status.AMBIGUOUS, null, commonAncestor(candidates), target.name(),
                candidates.size() + " places named " + target.name());
    }

    /**
     * 讷河市龙河镇保安林场: the codes have a unit 龙河镇保安林场 beside the township 龙河镇. When a sibling's longer name
     * is written where the target starts, that sibling is meant.
     */
    private List<Place> longerSibling(List<Place> candidates, Mention target, String phrase) {
        if (candidates.size() != 1 || candidates.get(0).parentCode() == null) return candidates;
        String canonical = Names.canonical(phrase);
        Place best = candidates.get(0);
        for (Place sib : g.children(best.parentCode())) {
            if (sib.name().length() > best.name().length() && canonical.startsWith(Names.canonical(sib.name()), target.start())) {
                best = sib;
            }
        }
        return List.of(best);
    }

    /**
     * The deepest-level name; among equals the last, as names usually run from large to small (靖安县宝峰镇) but not
     * always (潞州区长治市…, 永济市山西省…).
     */
    private static Mention mostSpecific(List<Mention> ms) {
        Mention best = null;
        int bestLevel = -1;
        for (Mention m : ms) {
            int level = 0;
            for (Place p : m.places()) level = Math.max(level, p.level().ordinal());
            if (level >= bestLevel) {
                best = m;
                bestLevel = level;
            }
        }
        return best;
    }

    /** Keeps the candidates that every higher-level name of the chain contains, preferring those with most support. */
    private static List<Place> narrowByChain(Mention target, List<Mention> chain) {
        List<Place> best = new ArrayList<>();
        int bestSupport = -1;
        for (Place c : target.places()) {
            int support = 0;
            boolean contradicted = false;
            for (Mention m : chain) {
                if (m.name().equals(target.name())) continue;
                boolean ancestor = false;
                boolean conflicting = false;
                for (Place p : m.places()) {
                    // A higher place that does not contain c, or a second place of c's own level (泰和县…矿区).
                    if (p.level().compareTo(c.level()) <= 0) conflicting = true;
                    if (p.level().compareTo(c.level()) < 0 && c.isWithin(p)) ancestor = true;
                }
                if (ancestor) support++;
                else if (conflicting) contradicted = true;
            }
            if (contradicted) continue;
            if (support > bestSupport) {
                best.clear();
                bestSupport = support;
            }
            if (support == bestSupport) best.add(c);
        }
        // Every candidate contradicted (a county named before a township it does not contain): a renamed or moved
        // place, or a garbled name. Empty, so the caller reports it unresolved rather than picking one.
        return best;
    }

    /**
     * 靖安县新名镇人民政府 where 新名镇 is not in the codes: the target found is the county, but the name goes on with a
     * township. Try a one-character near match inside that county (variant spellings), else report it unresolved
     * within the county.
     */
    private Resolution unknownTownshipAfter(Mention target, String phrase, List<Place> candidates) {
        if (candidates.size() != 1 || candidates.get(0).level() == PlaceLevel.TOWNSHIP) return null;
        String rest = Names.canonical(phrase.substring(target.end()));
        // Units whose names end in no common suffix (红旗农场, 天津风电产业园) are found by the parent's children.
        Place child = null;
        for (Place c : g.children(candidates.get(0).code())) {
            if (rest.startsWith(Names.canonical(c.name())) && (child == null || c.name().length() > child.name().length())) {
                child = c;
            }
        }
        if (child != null) return Resolution.resolved(child, candidates.get(0).level().id() + "+" + child.level().id() + " in name");
        Matcher m = TOWNSHIP_TOKEN.matcher(rest);
        if (!m.lookingAt()) return null;
        String township = m.group(1);
        Place county = candidates.get(0);
        Place near = null;
        int nearCount = 0;
        for (Place p : g.children(county.code())) {
            if (p.level() == PlaceLevel.TOWNSHIP && oneCharApart(p.name(), township)) {
                near = p;
                nearCount++;
            }
        }
        if (nearCount == 1) return Resolution.resolved(near, "near match in " + county.name() + " (" + township + ")");
        return new Resolution(Resolution.Status.UNRESOLVED, null, county, township,
                township + " not in the 2023 codes of " + county.name());
    }

    private static boolean oneCharApart(String a, String b) {
        if (a.length() != b.length()) return false;
        int diff = 0;
        for (int i = 0; i < a.length() && diff < 2; i++) {
            if (a.charAt(i) != b.charAt(i)) diff++;
        }
        return diff == 1;
    }

    private static boolean hasAncestorInChain(Place p, List<Mention> chain) {
        return !namesInChain(p, chain).equals(p.level().id());
    }

    /** "county+township" when the county was named with the township, "township" alone otherwise. */
    private static String namesInChain(Place p, List<Mention> chain) {
        Set<PlaceLevel> levels = new java.util.TreeSet<>();
        levels.add(p.level());
        for (Mention m : chain) {
            for (Place q : m.places()) {
                if (q.level().compareTo(p.level()) < 0 && p.isWithin(q)) levels.add(q.level());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (PlaceLevel l : levels) sb.append(sb.length() == 0 ? "" : "+").append(l.id());
        return sb.toString();
    }

    /** The most specific place containing all candidates, or null when they are in different provinces. */
    private Place commonAncestor(List<Place> candidates) {
        String prefix = candidates.get(0).code();
        for (Place c : candidates) {
            int n = 0;
            while (n < prefix.length() && n < c.code().length() && prefix.charAt(n) == c.code().charAt(n)) n++;
            prefix = prefix.substring(0, n);
        }
        for (int len : new int[] {6, 4, 2}) {
            if (prefix.length() >= len) {
                Place p = g.byCode(prefix.substring(0, len)).orElse(null);
                if (p != null && !p.pseudo()) return p;
            }
        }
        return null;
    }
}
