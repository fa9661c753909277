package nianbao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one deduction rule. A grid of non-negative integer cells (rows × columns) is tied by linear equations (row
 * sums, the 总计 column, 勾稽, （七）= sum of its parts). Printed numbers are fixed; every other cell is an unknown
 * ≥ 0. Interval propagation over the equations narrows the unknowns; a cell whose interval shrinks to one point is the
 * unique non-negative solution of the table's arithmetic. Rows whose blank cells were dropped ("short" rows: fewer
 * values than columns) are placed by trying every order-preserving placement of their values against the intervals:
 * a cell is settled when every feasible placement gives it the same value.
 * <p>
 * Any cell that shows no number (blank, "/", dropped from a collapsed row, a row of blanks, a row cut off by a
 * truncation) may be filled this way; rows marked NONE are never filled (the reader marks rows it could not place
 * at all). Sections missing from the text are not read, so never imputed. If the printed numbers contradict the arithmetic, nothing is deduced (the checks
 * report the contradiction).
 */
final class Deducer {
    static final long INF = Long.MAX_VALUE / 4;
    /** Placements tried per short row at most; beyond that the row stays unplaced. */
    private static final int MAX_PLACEMENTS = 5000;

    /** Σ plus = Σ minus over cell indexes (row × columns + column). */
    record Equation(int[] plus, int[] minus) {
    }

    /** What is known of one row before deduction. */
    enum Status { DIRECT, SHORT, BLANK, NONE }

    /** One row: DIRECT = one printed cell per column (null entries = blank/"/"); SHORT = fewer printed values; BLANK =
     * in the text but no value at all; NONE = not in the text (its cells are never filled). */
    record RowInput(Status status, Long[] direct, List<Long> shortValues) {
    }

    /** The outcome per cell: its value (or null), whether it was deduced, and for short rows which printed value it is. */
    record Result(Long[] values, boolean[] deduced, int[] printedIndex, boolean unplaced, boolean consistent) {
    }

    private final int columns;
    private final List<RowInput> rows;
    private final List<Equation> equations;
    private final Deadline deadline;

    Deducer(int columns, List<RowInput> rows, List<Equation> equations, Deadline deadline) {
        this.columns = columns;
        this.rows = rows;
        this.equations = equations;
        this.deadline = deadline;
    }

    Result solve() {
        if (nothingUnknown()) return printedOnly();
        int size = rows.size() * columns;
        long[] lo = new long[size];
        long[] hi = new long[size];
        Arrays.fill(hi, INF);
        for (int r = 0; r < rows.size(); r++) {
            RowInput in = rows.get(r);
            if (in.status() != Status.DIRECT) continue;
            for (int c = 0; c < columns; c++) {
                Long v = in.direct()[c];
                if (v != null) {
                    lo[r * columns + c] = v;
                    hi[r * columns + c] = v;
                }
            }
        }
        boolean consistent = propagate(lo, hi);
        int[][] placement = new int[rows.size()][];
        if (consistent) consistent = placeShortRows(lo, hi, placement);

        Long[] values = new Long[size];
        boolean[] deduced = new boolean[size];
        int[] printedIndex = new int[size];
        Arrays.fill(printedIndex, -1);
        boolean unplaced = false;
        for (int r = 0; r < rows.size(); r++) {
            RowInput in = rows.get(r);
            int base = r * columns;
            switch (in.status()) {
                case DIRECT, BLANK -> {
                    for (int c = 0; c < columns; c++) {
                        int i = base + c;
                        Long v = in.status() == Status.DIRECT ? in.direct()[c] : null;
                        if (v != null) {
                            values[i] = v;
                            printedIndex[i] = c;
                        } else if (consistent && lo[i] == hi[i]) {
                            values[i] = lo[i];
                            deduced[i] = true;
                        }
                    }
                }
                case SHORT -> {
                    if (in.shortValues().isEmpty()) break;
                    int[] p = placement[r];
                    boolean[] printedHere = new boolean[columns];
                    if (p != null) {
                        for (int q = 0; q < p.length; q++) {
                            values[base + p[q]] = in.shortValues().get(q);
                            printedIndex[base + p[q]] = q;
                            printedHere[p[q]] = true;
                        }
                    }
                    for (int c = 0; c < columns; c++) {
                        if (printedHere[c]) continue;
                        int i = base + c;
                        if (consistent && lo[i] == hi[i]) {
                            values[i] = lo[i];
                            deduced[i] = true;
                        } else if (p == null) {
                            unplaced = true;
                        }
                    }
                }
                case NONE -> { }
            }
        }
        return new Result(values, deduced, printedIndex, unplaced, consistent);
    }

    /** True when every row printed every cell: nothing to deduce (the common case, skipped for speed). */
    private boolean nothingUnknown() {
        for (RowInput in : rows) {
            if (in.status() != Status.DIRECT) return false;
            for (Long v : in.direct()) if (v == null) return false;
        }
        return true;
    }

    private Result printedOnly() {
        int size = rows.size() * columns;
        Long[] values = new Long[size];
        int[] printedIndex = new int[size];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = rows.get(r).direct()[c];
                printedIndex[r * columns + c] = c;
            }
        }
        return new Result(values, new boolean[size], printedIndex, false, true);
    }

    /** Tries the placements of every short row until nothing changes; false when some row has no feasible placement. */
    private boolean placeShortRows(long[] lo, long[] hi, int[][] placement) {
        boolean changed = true;
        for (int round = 0; changed && round < 8; round++) {
            changed = false;
            for (int r = 0; r < rows.size(); r++) {
                RowInput in = rows.get(r);
                if (in.status() != Status.SHORT || in.shortValues().isEmpty() || placement[r] != null) continue;
                deadline.check();
                if (settledAlready(r, in.shortValues(), lo, hi)) continue;
                List<int[]> combos = combinations(columns, in.shortValues().size());
                if (combos == null) continue;
                List<int[]> feasible = new ArrayList<>();
                List<long[][]> bounds = new ArrayList<>();
                for (int[] combo : combos) {
                    long[] l2 = lo.clone();
                    long[] h2 = hi.clone();
                    if (apply(r, combo, in.shortValues(), l2, h2) && propagate(l2, h2)) {
                        feasible.add(combo);
                        bounds.add(new long[][]{l2, h2});
                    }
                }
                if (feasible.isEmpty()) return false;
                if (feasible.size() == 1) {
                    placement[r] = feasible.get(0);
                    System.arraycopy(bounds.get(0)[0], 0, lo, 0, lo.length);
                    System.arraycopy(bounds.get(0)[1], 0, hi, 0, hi.length);
                    changed = true;
                    continue;
                }
                // the hull of the feasible placements' intervals is a sound narrowing for every cell of the grid
                for (int i = 0; i < lo.length; i++) {
                    long l = INF, h = 0;
                    for (long[][] b : bounds) {
                        l = Math.min(l, b[0][i]);
                        h = Math.max(h, b[1][i]);
                    }
                    if (l > lo[i]) { lo[i] = l; changed = true; }
                    if (h < hi[i]) { hi[i] = h; changed = true; }
                }
                if (changed && !propagate(lo, hi)) return false;
            }
        }
        return true;
    }

    /**
     * Fast path: when the other rows already fix every cell of this row, its printed values only need to fit into
     * those cells in order (then every cell is settled, whatever the placement). Seed 002 has 21 such rows.
     */
    private boolean settledAlready(int r, List<Long> vals, long[] lo, long[] hi) {
        int c = 0;
        for (int q = 0; q < vals.size(); q++) {
            Long v = vals.get(q);
            while (c < columns && v != null && lo[r * columns + c] != v) c++;
            if (c == columns) return false;
            c++;
        }
        for (int k = 0; k < columns; k++) if (lo[r * columns + k] != hi[r * columns + k]) return false;
        return true;
    }

    private boolean apply(int r, int[] combo, List<Long> vals, long[] lo, long[] hi) {
        for (int q = 0; q < combo.length; q++) {
            Long v = vals.get(q);
            if (v == null) continue; // a "/" among the values: occupies a column, says nothing
            int i = r * columns + combo[q];
            if (v < lo[i] || v > hi[i]) return false;
            lo[i] = v;
            hi[i] = v;
        }
        return true;
    }

    /** Interval propagation to a fixpoint; false on contradiction (an empty interval). */
    boolean propagate(long[] lo, long[] hi) {
        for (int round = 0; round < 64; round++) {
            boolean changed = false;
            for (Equation e : equations) {
                int r1 = narrow(e.plus(), e.minus(), lo, hi);
                int r2 = narrow(e.minus(), e.plus(), lo, hi);
                if (r1 < 0 || r2 < 0) return false;
                changed |= r1 > 0 || r2 > 0;
            }
            if (!changed) return true;
        }
        return true;
    }

    /** For each x in side: x = Σ other − Σ (side \ x). Returns -1 on contradiction, 1 if narrowed, 0 otherwise. */
    private static int narrow(int[] side, int[] other, long[] lo, long[] hi) {
        long oLo = 0, oHi = 0, sLo = 0, sHi = 0;
        boolean oInf = false;
        int sInfCount = 0;
        for (int i : other) {
            oLo += lo[i];
            if (hi[i] >= INF) oInf = true; else oHi += hi[i];
        }
        for (int i : side) {
            sLo += lo[i];
            if (hi[i] >= INF) sInfCount++; else sHi += hi[i];
        }
        int result = 0;
        for (int x : side) {
            // upper bound: Σ other.hi − Σ rest.lo
            long restLo = sLo - lo[x];
            long upper = oInf ? INF : oHi - restLo;
            // lower bound: Σ other.lo − Σ rest.hi (no bound when a rest cell is unbounded)
            boolean restInf = sInfCount - (hi[x] >= INF ? 1 : 0) > 0;
            long restHi = sHi - (hi[x] >= INF ? 0 : hi[x]);
            long lower = restInf ? Long.MIN_VALUE : oLo - restHi;
            if (upper < hi[x]) { hi[x] = upper; result = 1; }
            if (lower > lo[x]) { lo[x] = lower; result = 1; }
            if (lo[x] > hi[x]) return -1;
        }
        return result;
    }

    /** All order-preserving ways to put k values into n columns, or null when there are too many to try. */
    static List<int[]> combinations(int n, int k) {
        if (k > n || k <= 0) return null;
        long count = 1;
        for (int i = 0; i < k; i++) count = count * (n - i) / (i + 1);
        if (count > MAX_PLACEMENTS) return null;
        List<int[]> out = new ArrayList<>((int) count);
        int[] c = new int[k];
        for (int i = 0; i < k; i++) c[i] = i;
        while (true) {
            out.add(c.clone());
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) i--;
            if (i < 0) return out;
            c[i]++;
            for (int j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
        }
    }
}
