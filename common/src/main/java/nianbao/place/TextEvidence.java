package nianbao.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses among the candidates of an ambiguous name by the ancestors the whole text names: an address line
 * (「单位地址：西藏林芝市工布江达县…」), a county or prefecture mentioned anywhere, the province.
 */
final class TextEvidence {
    private static final Pattern ADDRESS = Pattern.compile("(?:地址|地点|位于|坐落)");

    private final Gazetteer g;

    TextEvidence(Gazetteer g) {
        this.g = g;
    }

    /**
     * Scores each candidate by its ancestors named in the text: county 4, prefecture 2, province 1; a unique best
     * wins. The province alone (score 1) is not enough: 「学习重庆经验」 says nothing about where the body is.
     */
    List<Place> narrow(List<Place> candidates, String text) {
        if (text == null || text.isEmpty()) return List.of();
        String canonical = Names.canonical(text);
        List<Place> best = new ArrayList<>();
        int bestScore = 0;
        for (Place c : candidates) {
            int score = 0;
            if (c.level() == PlaceLevel.TOWNSHIP && named(canonical, c.county(), PlaceLevel.COUNTY)) score += 4;
            if (c.level().compareTo(PlaceLevel.PREFECTURE) > 0 && named(canonical, c.prefecture(), PlaceLevel.PREFECTURE)) score += 2;
            if (c.level() != PlaceLevel.PROVINCE && text.contains(c.provinceShort())) score += 1;
            if (score > bestScore) {
                best.clear();
                bestScore = score;
            }
            if (score == bestScore && score > 0) best.add(c);
        }
        return bestScore >= 2 ? best : List.of();
    }

    /**
     * Whether the text names this division (or its short form) as a name of its own, not inside a longer one:
     * 宁县 inside 永宁县 does not count. Checked by indexOf plus a scan of a small window, far cheaper than scanning
     * the whole text.
     */
    private boolean named(String canonicalText, String name, PlaceLevel level) {
        if (name == null) return false;
        List<String> forms = new ArrayList<>(Names.aliases(name, level));
        forms.add(0, Names.canonical(name));
        for (String form : forms) {
            for (int at = canonicalText.indexOf(form); at >= 0; at = canonicalText.indexOf(form, at + 1)) {
                int end = at + form.length();
                for (Mention m : g.scan(canonicalText, Math.max(0, at - 12), end)) {
                    if (m.start() == at && m.end() == end) return true;
                }
            }
        }
        return false;
    }

    static String describe(Place p, String text) {
        String name = p.level() == PlaceLevel.TOWNSHIP && p.county() != null && text.contains(p.county()) ? p.county()
                : p.prefecture() != null && text.contains(p.prefecture()) ? p.prefecture() : p.provinceShort();
        int at = text.indexOf(name);
        Matcher m = ADDRESS.matcher(text.substring(Math.max(0, at - 30), Math.max(0, at)));
        return m.find() ? "address line (" + name + ")" : "ancestor named in text (" + name + ")";
    }
}
