package nianbao.meta;

import nianbao.place.Gazetteer;
import nianbao.place.Mention;
import nianbao.place.PlaceLevel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the agency name as the report writes it. The signature wins when it names a body
 * (seed 000: title 「工布江达县工布江达镇…」, signed 「工布江达镇人民政府」); a township's internal office signing
 * (「宝峰镇党政办公室」) is not the agency. Else the title's name, completed with 人民政府 when the text calls the
 * body so (seed 004: 「靖安县宝峰镇」 + 「宝峰镇人民政府」 in the text). Else the portal's 发布机构. Else the title in the page's address. Else, for reports without title or signature
 * (seed 001), the township or county the body names most, if it also speaks of itself as 我镇/本县….
 */
final class AgencyReader {
    /** A township's own offices (党政办公室, 党建办): they write the report, the township government is the agency. */
    private static final Pattern OFFICE = Pattern.compile("^(?!人民政府|政府|办事处)\\p{IsHan}*(?:办公室|办)$");
    private static final Pattern BARE_PLACE = Pattern.compile("(?:镇|乡|街道|苏木|县|区|市|旗)$");
    private static final int BODY_SCAN = 2500;
    private static final Pattern SUFFIX = Pattern.compile("(街道|镇|乡|苏木|县|区|市|旗)$");

    private AgencyReader() {
    }

    static String choose(String titleName, String signatureBody, String publisher, String addressName, String text,
                         Gazetteer g) {
        if (signatureBody != null && !isTownshipOffice(signatureBody, g)) return signatureBody;
        if (titleName != null && !titleName.isEmpty()) {
            if (BARE_PLACE.matcher(titleName).find()) {
                List<Mention> ms = g.scan(titleName);
                String last = ms.isEmpty() ? titleName : ms.get(ms.size() - 1).name();
                if (text.contains(last + "人民政府")) return titleName + "人民政府";
                if (last.endsWith("街道") && text.contains(last + "办事处")) return titleName + "办事处";
            }
            return titleName;
        }
        if (publisher != null) return publisher;
        if (addressName != null) return addressName;
        return fromBody(text, g);
    }

    private static boolean isTownshipOffice(String body, Gazetteer g) {
        List<Mention> ms = g.scan(body);
        if (ms.isEmpty()) return false;
        Mention last = ms.get(ms.size() - 1);
        return last.places().stream().allMatch(p -> p.level() == PlaceLevel.TOWNSHIP)
                && OFFICE.matcher(body.substring(last.end())).matches();
    }

    /** The township (else county) named most in the first part of the text, if named twice and self-referenced. */
    static String fromBody(String text, Gazetteer g) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, PlaceLevel> levels = new HashMap<>();
        for (Mention m : g.scan(text, 0, BODY_SCAN)) {
            PlaceLevel level = m.places().get(0).level();
            // Two-character names (城区, 郊区, 矿区) are ordinary words in a body text.
            if (level != PlaceLevel.TOWNSHIP && level != PlaceLevel.COUNTY || m.end() - m.start() <= 2) continue;
            counts.merge(text.substring(m.start(), m.end()), 1, Integer::sum);
            levels.put(text.substring(m.start(), m.end()), level);
        }
        String best = null;
        for (PlaceLevel level : new PlaceLevel[] {PlaceLevel.TOWNSHIP, PlaceLevel.COUNTY}) {
            int bestN = 1;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (levels.get(e.getKey()) == level && e.getValue() > bestN && selfReferenced(text, e.getKey())) {
                    best = e.getKey();
                    bestN = e.getValue();
                }
            }
            if (best != null) break;
        }
        return best;
    }

    /** 紫溪镇 and 我镇/本镇/全镇 in the same text: the report is the township's own. */
    private static boolean selfReferenced(String text, String name) {
        Matcher m = SUFFIX.matcher(name);
        if (!m.find()) return false;
        String s = m.group(1);
        return text.contains("我" + s) || text.contains("本" + s) || text.contains("全" + s);
    }
}
