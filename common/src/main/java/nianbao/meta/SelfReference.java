package nianbao.meta;

import java.util.EnumMap;
import java.util.Map;

/**
 * How a report without a name speaks of its own body: 「我镇」, 「本街道」 (a township), 「我县」 (a county), 「我省」 (a
 * province) or 「我局」, 「本委」 (a department, whose level is its government's). 「我区」 and 「我市」 say nothing
 * about the level (a district or an autonomous region; a prefecture-level or a county-level city), and 「本办」 is
 * mostly 「本办法」, so they are not read. Used only when the text gives no agency name.
 */
final class SelfReference {
    /** What the words say: the level for governments, null for departments. */
    enum Kind {
        TOWNSHIP("township", "我镇", "本镇", "我乡", "本乡", "我街道", "本街道", "我苏木"),
        COUNTY("county", "我县", "本县", "我旗", "本旗"),
        PROVINCE("province", "我省", "本省"),
        DEPARTMENT(null, "我局", "本局", "我委", "本委", "我厅", "本厅");

        final String level;
        final String[] words;

        Kind(String level, String... words) {
            this.level = level;
            this.words = words;
        }
    }

    /** The body's words are read at the start of the text, where the 总体情况 speaks of it. */
    private static final int SCAN = 4000;

    private SelfReference() {
    }

    /** The kind the text's self-references agree on (one kind, or one named three times as often as all others), else null. */
    static Kind read(String text) {
        String head = text.length() > SCAN ? text.substring(0, SCAN) : text;
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        int total = 0;
        for (Kind k : Kind.values()) {
            int n = 0;
            for (String w : k.words) {
                for (int at = head.indexOf(w); at >= 0; at = head.indexOf(w, at + w.length())) n++;
            }
            if (n > 0) counts.put(k, n);
            total += n;
        }
        for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3 * (total - e.getValue()) && e.getValue() > total - e.getValue()) return e.getKey();
        }
        return null;
    }

    /** The word the text uses most for this kind (the evidence to record). */
    static String word(String text, Kind kind) {
        String head = text.length() > SCAN ? text.substring(0, SCAN) : text;
        String best = kind.words[0];
        int bestN = -1;
        for (String w : kind.words) {
            int n = 0;
            for (int at = head.indexOf(w); at >= 0; at = head.indexOf(w, at + w.length())) n++;
            if (n > bestN) {
                best = w;
                bestN = n;
            }
        }
        return best;
    }
}
