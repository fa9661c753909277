package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a careful reader can know of a table whose cells are partly lost: a lost cell is known only when the form's
 * arithmetic fixes it uniquely among non-negative whole numbers (the parser issue's deduction rule). This is computed
 * here from the values the generator wrote, independently of the parser: the truth oracle imports nothing of
 * {@code nianbao.read} or {@code nianbao.meta} (the parser's {@code nianbao.read.Deducer} applies the same rule to what
 * it read; {@code KnowableCellsAgreeWithParserTest} checks that the two agree).
 * <p>
 * Method: interval propagation over the equality constraints to a fixpoint (a cell is known when its lower and upper
 * bound meet). Values of collapsed rows (blank cells dropped, positions lost) are tried at every ordered placement;
 * a cell is known only when every placement consistent with the arithmetic gives it the same value.
 */
final class KnowableCells {
    static final long INF = Long.MAX_VALUE / 8;

    /** One equality: sum(pos) = sum(neg), over variable indexes. */
    record Eq(int[] pos, int[] neg) {
    }

    /** A collapsed row: its cells' variable indexes in column order, and the values printed in it, in order. */
    record Collapsed(int[] cells, long[] printed) {
    }

    private KnowableCells() {
    }

    /**
     * @param n         number of variables
     * @param known     known[i] = value printed at a certain position, else null
     * @param eqs       the form's equalities
     * @param collapsed rows whose printed values have unknown positions (their cells are null in {@code known})
     * @return per variable the value every consistent reading gives it, or null
     */
    static Long[] solve(int n, Long[] known, List<Eq> eqs, List<Collapsed> collapsed) {
        long[] lo = new long[n], hi = new long[n];
        for (int i = 0; i < n; i++) {
            lo[i] = known[i] == null ? 0 : known[i];
            hi[i] = known[i] == null ? INF : known[i];
        }
        if (collapsed.isEmpty()) {
            return propagate(lo, hi, eqs) ? fixed(lo, hi) : new Long[n];
        }
        List<List<int[]>> options = new ArrayList<>();
        for (Collapsed c : collapsed) options.add(placements(c.cells().length, c.printed().length));
        Long[] agreed = null;
        boolean[] differs = new boolean[n];
        int[] choice = new int[collapsed.size()];
        while (true) {
            long[] l = lo.clone(), h = hi.clone();
            for (int k = 0; k < collapsed.size(); k++) {
                Collapsed c = collapsed.get(k);
                int[] at = options.get(k).get(choice[k]);
                for (int j = 0; j < at.length; j++) {
                    int var = c.cells()[at[j]];
                    l[var] = Math.max(l[var], c.printed()[j]);
                    h[var] = Math.min(h[var], c.printed()[j]);
                }
            }
            if (consistent(l, h) && propagate(l, h, eqs)) {
                Long[] f = fixed(l, h);
                if (agreed == null) {
                    agreed = f;
                } else {
                    for (int i = 0; i < n; i++) {
                        if (!differs[i] && (f[i] == null || !f[i].equals(agreed[i]))) differs[i] = true;
                    }
                }
            }
            int k = 0;
            while (k < choice.length && ++choice[k] == options.get(k).size()) choice[k++] = 0;
            if (k == choice.length) break;
        }
        Long[] out = new Long[n];
        if (agreed == null) return out;
        for (int i = 0; i < n; i++) out[i] = differs[i] ? null : agreed[i];
        return out;
    }

    private static boolean consistent(long[] lo, long[] hi) {
        for (int i = 0; i < lo.length; i++) if (lo[i] > hi[i]) return false;
        return true;
    }

    private static Long[] fixed(long[] lo, long[] hi) {
        Long[] out = new Long[lo.length];
        for (int i = 0; i < lo.length; i++) if (lo[i] == hi[i]) out[i] = lo[i];
        return out;
    }

    /** Tightens the bounds to a fixpoint; false when the constraints cannot all hold. */
    static boolean propagate(long[] lo, long[] hi, List<Eq> eqs) {
        for (int round = 0; round < 200; round++) {
            boolean changed = false;
            for (Eq e : eqs) {
                int r = side(e.pos(), e.neg(), lo, hi);
                if (r < 0) return false;
                if (r > 0) changed = true;
                r = side(e.neg(), e.pos(), lo, hi);
                if (r < 0) return false;
                if (r > 0) changed = true;
            }
            if (!changed) return true;
        }
        return true;
    }

    /** Bounds each variable of {@code a} from sum(a) = sum(b); returns -1 infeasible, 1 changed, 0 unchanged. */
    private static int side(int[] a, int[] b, long[] lo, long[] hi) {
        long loA = 0, hiA = 0, loB = 0, hiB = 0;
        int infA = 0, infB = 0;
        for (int i : a) {
            loA += lo[i];
            if (hi[i] >= INF) infA++; else hiA += hi[i];
        }
        for (int i : b) {
            loB += lo[i];
            if (hi[i] >= INF) infB++; else hiB += hi[i];
        }
        int changed = 0;
        for (int i : a) {
            // x_i = sum(b) - sum(a without i)
            if (infB == 0) {
                long h = hiB - (loA - lo[i]);
                if (h < hi[i]) {
                    hi[i] = h;
                    changed = 1;
                }
            }
            boolean othersFinite = infA - (hi[i] >= INF ? 1 : 0) == 0;
            if (othersFinite) {
                long others = hiA - (hi[i] >= INF ? 0 : hi[i]);
                long l = loB - others;
                if (l > lo[i]) {
                    lo[i] = l;
                    changed = 1;
                }
            }
            if (lo[i] > hi[i]) return -1;
        }
        return changed;
    }

    /** Every increasing choice of k positions out of n. */
    static List<int[]> placements(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] idx = new int[k];
        for (int i = 0; i < k; i++) idx[i] = i;
        if (k > n) return out;
        while (true) {
            out.add(Arrays.copyOf(idx, k));
            int i = k - 1;
            while (i >= 0 && idx[i] == n - k + i) i--;
            if (i < 0) break;
            idx[i]++;
            for (int j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
        }
        return out;
    }
}
