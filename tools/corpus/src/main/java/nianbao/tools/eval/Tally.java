package nianbao.tools.eval;

/** Counts of {@link Verdict}s for one slice (a field, a format, a noise kind, a table section). */
public final class Tally {
    private final long[] n = new long[Verdict.values().length];

    public void add(Verdict o) {
        n[o.ordinal()]++;
    }

    public void addAll(Tally t) {
        for (int i = 0; i < n.length; i++) n[i] += t.n[i];
    }

    public long get(Verdict o) {
        return n[o.ordinal()];
    }

    public long total() {
        long s = 0;
        for (long x : n) s += x;
        return s;
    }

    /** exact / total, 1.0 for an empty slice. */
    public double accuracy() {
        long t = total();
        return t == 0 ? 1.0 : (double) get(Verdict.EXACT) / t;
    }

    /** The columns of the printed tables: total, exact, invented, missed, wrong, accuracy. */
    String row(String label) {
        return String.format(java.util.Locale.ROOT, "  %-40s %8d %8d %8d %8d %8d   %.4f", label, total(), get(Verdict.EXACT),
                get(Verdict.INVENTED), get(Verdict.MISSED), get(Verdict.WRONG), accuracy());
    }

    static String header(String what) {
        return String.format("  %-40s %8s %8s %8s %8s %8s   %s", what, "fields", "exact", "invented", "missed", "wrong", "accuracy");
    }
}
