package nianbao.jobs.cli;

import java.util.Locale;

/**
 * How many failed documents an ingest accepts before it calls itself partial (exit 3): a count ({@code 25}) or a share
 * of the documents it tried ({@code 10%}).
 */
record MaxFailed(long count, double share) {
    static MaxFailed parse(String v) {
        String s = v.strip();
        try {
            if (s.endsWith("%")) {
                double p = Double.parseDouble(s.substring(0, s.length() - 1).strip());
                if (p < 0 || p > 100) throw new NumberFormatException();
                return new MaxFailed(-1, p / 100);
            }
            long n = Long.parseLong(s);
            if (n < 0) throw new NumberFormatException();
            return new MaxFailed(n, -1);
        } catch (NumberFormatException e) {
            throw new UsageException("--max-failed takes a count (25) or a share (10%), not '" + v + "'");
        }
    }

    /** Whether {@code failed} of {@code tried} documents is more than allowed. */
    boolean exceeded(long failed, long tried) {
        return count >= 0 ? failed > count : failed > share * tried;
    }

    @Override
    public String toString() {
        return count >= 0 ? String.valueOf(count) : String.format(Locale.ROOT, "%s%%",
                share * 100 == Math.rint(share * 100) ? String.valueOf((long) (share * 100)) : String.valueOf(share * 100));
    }
}
