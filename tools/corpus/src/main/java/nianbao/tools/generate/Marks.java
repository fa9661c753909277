package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * How each value cell is printed: its number, a blank, or a "/", and which section-三 rows lost their blank cells
 * (collapsed rows). Drawn from the noise kinds that hide cells; everything else prints its value.
 */
public final class Marks {
    public enum Mark { SHOWN, BLANK, SLASH }

    /** At most this many collapsed rows, so the truth can try every placement of their values. */
    static final int MAX_COLLAPSED = 2;

    private final Map<Doc.Ref, Mark> marks = new HashMap<>();
    private final Set<String> collapsed = new LinkedHashSet<>();

    public Mark get(Doc.Ref ref) {
        return marks.getOrDefault(ref, Mark.SHOWN);
    }

    public boolean collapsed(String s3row) {
        return collapsed.contains(s3row);
    }

    public Set<String> collapsedRows() {
        return collapsed;
    }

    /**
     * Draws the marks for the given noise kinds; kinds that find nothing to act on (e.g. no zero to blank) are
     * removed from {@code noise}, so the truth only lists noise that is really in the file.
     */
    static Marks draw(Values v, Set<Noise> noise, SplittableRandom rnd) {
        Marks m = new Marks();
        PrintedForm f = v.form();
        if (noise.contains(Noise.BLANK_ZERO)) {
            boolean totalsToo = Draw.chance(rnd, 0.3);
            boolean s4 = Draw.chance(rnd, 0.5), s2 = Draw.chance(rnd, 0.3);
            int n = 0;
            for (int r = 0; r < f.rows().size(); r++) {
                for (int c = 0; c < (totalsToo ? 7 : 6); c++) {
                    if (v.s3()[r][c] == 0) {
                        m.marks.put(new Doc.Ref(3, f.rows().get(r).key(), c), Mark.BLANK);
                        n++;
                    }
                }
            }
            if (s4) {
                for (int b = 0; b < 3; b++) {
                    for (int c = 0; c < 5; c++) {
                        if (v.s4()[b][c] == 0) {
                            m.marks.put(new Doc.Ref(4, PrintedForm.S4_BLOCKS.get(b), c), Mark.BLANK);
                            n++;
                        }
                    }
                }
            }
            if (s2) n += markSection2(v, m, Mark.BLANK);
            if (n == 0) noise.remove(Noise.BLANK_ZERO);
        }
        if (noise.contains(Noise.SLASH)) {
            int n = 0;
            for (int r = 0; r < f.rows().size(); r++) {
                if (f.rows().get(r).result() && isZero(v.s3()[r]) && Draw.chance(rnd, 0.6)) {
                    for (int c = 0; c < 7; c++) m.marks.put(new Doc.Ref(3, f.rows().get(r).key(), c), Mark.SLASH);
                    n++;
                }
            }
            for (int b = 0; b < 3; b++) {
                if (isZero(v.s4()[b]) && Draw.chance(rnd, 0.4)) {
                    for (int c = 0; c < 5; c++) {
                        m.marks.put(new Doc.Ref(4, PrintedForm.S4_BLOCKS.get(b), c), Mark.SLASH);
                    }
                    n++;
                }
            }
            if (Draw.chance(rnd, 0.3)) n += markSection2(v, m, Mark.SLASH);
            if (n == 0) noise.remove(Noise.SLASH);
        }
        if (noise.contains(Noise.COLLAPSED)) {
            // Rows with both values and zeros: the zeros are left blank and then dropped, e.g. 「7 | 1 | 8」.
            List<Integer> candidates = new ArrayList<>();
            for (int r = 0; r < f.rows().size(); r++) {
                long[] row = v.s3()[r];
                if (!isZero(row) && hasZero(row)) candidates.add(r);
            }
            int want = 1 + rnd.nextInt(MAX_COLLAPSED);
            while (!candidates.isEmpty() && m.collapsed.size() < want) {
                int r = candidates.remove(rnd.nextInt(candidates.size()));
                String key = f.rows().get(r).key();
                m.collapsed.add(key);
                for (int c = 0; c < 7; c++) {
                    Doc.Ref ref = new Doc.Ref(3, key, c);
                    if (v.s3()[r][c] == 0) m.marks.put(ref, Mark.BLANK);
                    else m.marks.remove(ref);
                }
            }
            if (m.collapsed.isEmpty()) noise.remove(Noise.COLLAPSED);
        }
        return m;
    }

    /** Marks section 二's zero counts (not the procurement amount text). */
    private static int markSection2(Values v, Marks m, Mark mark) {
        int n = 0;
        for (PrintedForm.Article a : v.form().articles()) {
            for (PrintedForm.Item item : a.items()) {
                Map<String, Object> vals = v.s2().get(item.key());
                for (int c = 0; c < a.cols().size(); c++) {
                    Object x = vals.get(a.cols().get(c).key());
                    if (x instanceof Long l && l == 0) {
                        m.marks.put(new Doc.Ref(2, item.key(), c), mark);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static boolean isZero(long[] row) {
        for (long x : row) if (x != 0) return false;
        return true;
    }

    private static boolean hasZero(long[] row) {
        for (long x : row) if (x == 0) return true;
        return false;
    }
}
