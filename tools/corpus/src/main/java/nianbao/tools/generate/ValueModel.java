package nianbao.tools.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a report's values from distributions shaped like the real ones: most bodies receive no application and a long
 * tail receives hundreds; licences and penalties concentrate in a few departments; procurement is written in 元 or 万元
 * with the unit in the header, in the value, or nowhere. Section 三 is built column by column so that the 勾稽 rule,
 * the 总计 column and （七）总计 hold exactly; section 四's totals are the sums of their parts.
 */
public final class ValueModel {
    // Result shares of handled applications, in form row order (2019 form; the 2021 form splits the last one in three).
    private static final double[] RESULT_SHARES_2019 = {0.45, 0.12, 0.005, 0.01, 0.005, 0.01, 0.01, 0.01, 0.005, 0.005,
            0.17, 0.03, 0.02, 0.02, 0.015, 0.005, 0.005, 0.005, 0.10};
    private static final double[] APPLICANT_SHARES = {0.85, 0.08, 0.005, 0.005, 0.02, 0.04};

    private ValueModel() {
    }

    public static Values draw(Agency a, PrintedForm form, SplittableRandom rnd) {
        Profile p = Profile.of(a);
        long[][] s3 = section3(form, p, rnd);
        long apps = s3[0][6];
        long[][] s4 = section4(apps, rnd);
        Map<String, Map<String, Object>> s2 = new LinkedHashMap<>();
        String header = null, unit = null;
        BigDecimal yuan = null;
        if (form == PrintedForm.F2019) {
            s2.put("regulations", made(rnd, p.regulations));
            s2.put("normative_docs", made(rnd, p.normativeDocs));
            s2.put("licensing", items(rnd, p.licensingItems, p.licensingDecisions));
            s2.put("other_services", items(rnd, p.licensingItems / 3, p.licensingDecisions / 4));
            s2.put("punishment", items(rnd, p.enforcementItems, p.punishments));
            s2.put("coercion", items(rnd, p.enforcementItems / 4, p.punishments / 10));
            Map<String, Object> fees = items(rnd, p.feeItems, 0);
            fees.remove("decisions");
            s2.put("fees", fees);
            Procurement proc = Procurement.draw(rnd, p);
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("projects", proc.projects());
            pm.put("amount_raw", proc.raw());
            s2.put("procurement", pm);
            header = proc.header();
            unit = proc.unit();
            yuan = proc.yuan();
        } else {
            s2.put("regulations", docs(rnd, p.regulations));
            s2.put("normative_docs", docs(rnd, p.normativeDocs));
            s2.put("licensing", decisions(rnd, p.licensingDecisions));
            s2.put("punishment", decisions(rnd, p.punishments));
            s2.put("coercion", decisions(rnd, p.punishments / 10));
            Map<String, Object> fees = new LinkedHashMap<>();
            fees.put("amount_wan", p.feeItems > 0 && Draw.chance(rnd, 0.5)
                    ? BigDecimal.valueOf(Draw.logNormal(rnd, 150000, 1.2, 500_000_000), 4).setScale(Draw.chance(rnd, 0.5) ? 2 : 4, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO);
            s2.put("fees", fees);
        }
        return new Values(form, s2, s3, s4, header, unit, yuan);
    }

    /** Applicant columns first (row 一 and 二), then each column's handled applications split over the result rows. */
    private static long[][] section3(PrintedForm form, Profile p, SplittableRandom rnd) {
        int rows = form.rows().size();
        long[][] t = new long[rows][7];
        long total = Draw.chance(rnd, p.zeroAppsShare) ? 0 : Draw.logNormal(rnd, p.appsMedian, 1.1, 30_000);
        long[] byApplicant = Draw.split(rnd, total, APPLICANT_SHARES);
        double[] shares = form == PrintedForm.F2019 ? RESULT_SHARES_2019 : shares2021();
        int total7 = form.rowIndex("total"), next = form.rowIndex("carried_next");
        boolean carries = Draw.chance(rnd, 0.3);
        for (int c = 0; c < 6; c++) {
            long neu = byApplicant[c];
            long carried = carries ? Draw.binomial(rnd, neu, 0.06) : 0;
            long carriedNext = carries ? Draw.binomial(rnd, neu + carried, 0.06) : 0;
            long handled = neu + carried - carriedNext;
            long[] results = Draw.split(rnd, handled, shares);
            t[0][c] = neu;
            t[1][c] = carried;
            for (int i = 0; i < results.length; i++) t[2 + i][c] = results[i];
            t[total7][c] = handled;
            t[next][c] = carriedNext;
        }
        for (long[] row : t) {
            long s = 0;
            for (int c = 0; c < 6; c++) s += row[c];
            row[6] = s;
        }
        return t;
    }

    private static double[] shares2021() {
        double[] s = new double[RESULT_SHARES_2019.length + 2];
        System.arraycopy(RESULT_SHARES_2019, 0, s, 0, RESULT_SHARES_2019.length - 1);
        s[s.length - 3] = 0.05;
        s[s.length - 2] = 0.005;
        s[s.length - 1] = 0.045;
        return s;
    }

    private static long[][] section4(long apps, SplittableRandom rnd) {
        long[][] t = new long[3][5];
        long recon = apps == 0 ? (Draw.chance(rnd, 0.02) ? 1 : 0) : Draw.poisson(rnd, apps * 0.03);
        long direct = apps == 0 ? 0 : Draw.poisson(rnd, apps * 0.015);
        long after = Draw.poisson(rnd, recon * 0.2);
        long[] totals = {recon, direct, after};
        double[] outcome = {0.55, 0.12, 0.18, 0.15};
        for (int b = 0; b < 3; b++) {
            long[] parts = Draw.split(rnd, totals[b], outcome);
            System.arraycopy(parts, 0, t[b], 0, 4);
            t[b][4] = totals[b];
        }
        return t;
    }

    private static Map<String, Object> made(SplittableRandom rnd, double mean) {
        long neu = Draw.poisson(rnd, mean);
        long published = Draw.chance(rnd, 0.9) ? neu : Math.max(0, neu - Draw.poisson(rnd, 1 + neu * 0.1));
        long total = Draw.chance(rnd, 0.4) ? published : published + Draw.poisson(rnd, mean * 4);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("new", neu);
        m.put("published", published);
        m.put("total", total);
        return m;
    }

    private static Map<String, Object> docs(SplittableRandom rnd, double mean) {
        long issued = Draw.poisson(rnd, mean);
        long repealed = Draw.chance(rnd, 0.7) ? 0 : Draw.poisson(rnd, mean * 0.3);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issued", issued);
        m.put("repealed", repealed);
        m.put("in_force", issued + Draw.poisson(rnd, mean * 5));
        return m;
    }

    private static Map<String, Object> items(SplittableRandom rnd, long items, long decisionsMedian) {
        long prev = items <= 0 ? 0 : Draw.poisson(rnd, items);
        long change = prev == 0 || Draw.chance(rnd, 0.7) ? 0 : Draw.poisson(rnd, 2) * (Draw.chance(rnd, 0.5) ? 1 : -1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("prev_items", prev);
        m.put("change", change);
        m.put("decisions", decisionsMedian <= 0 || Draw.chance(rnd, 0.3) ? 0L : Draw.logNormal(rnd, decisionsMedian, 1.0, 2_000_000));
        return m;
    }

    private static Map<String, Object> decisions(SplittableRandom rnd, long median) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decisions", median <= 0 || Draw.chance(rnd, 0.3) ? 0L : Draw.logNormal(rnd, median, 1.0, 2_000_000));
        return m;
    }

    /** What a kind of body typically reports. */
    record Profile(double zeroAppsShare, double appsMedian, double regulations, double normativeDocs,
                   long licensingItems, long licensingDecisions, long enforcementItems, long punishments,
                   long feeItems, double noProcurementShare, double procurementMedian) {

        static Profile of(Agency a) {
            boolean licensing = a.department() && containsAny(a.name(), Population.LICENSING_HEAVY);
            boolean enforcement = a.department() && containsAny(a.name(), Population.ENFORCEMENT_HEAVY);
            long lic = licensing ? 40 : a.department() ? 3 : 0;
            long enf = enforcement ? 60 : 0;
            long fee = a.department() && (licensing || enforcement) ? 3 : 0;
            return switch (a.level()) {
                case "township" -> new Profile(0.8, 2, 0, 2.5, 2, 15, 0, 0, 0, 0.5, 4);
                case "county" -> a.department()
                        ? new Profile(0.6, 4, 0, 1.5, lic, licensing ? 600 : 20, enf, enforcement ? 150 : 0, fee, 0.4, 8)
                        : new Profile(0.12, 40, 0, 15, 10, 50, 0, 0, 0, 0.1, 30);
                case "prefecture" -> a.department()
                        ? new Profile(0.35, 15, 0, 4, lic, licensing ? 1500 : 40, enf, enforcement ? 400 : 0, fee, 0.3, 15)
                        : new Profile(0.02, 300, 2, 30, 15, 100, 0, 0, 0, 0.05, 60);
                case "province" -> a.department()
                        ? new Profile(0.1, 60, 0.5, 12, lic, licensing ? 4000 : 80, enf, enforcement ? 300 : 0, fee, 0.2, 25)
                        : new Profile(0.0, 1200, 8, 40, 20, 200, 0, 0, 0, 0.05, 100);
                default -> new Profile(0.0, 300, 5, 10, lic, licensing ? 3000 : 100, enf, enforcement ? 200 : 0, fee, 0.2, 40);
            };
        }

        private static boolean containsAny(String s, List<String> parts) {
            for (String p : parts) if (s.contains(p)) return true;
            return false;
        }
    }
}
