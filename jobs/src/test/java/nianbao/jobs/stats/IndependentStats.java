package nianbao.jobs.stats;

import nianbao.model.Check;
import nianbao.model.Full;
import nianbao.model.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The statistics recomputed in plain Java from the written-down definitions (docs/statistics.md), sharing no code
 * with the Spark aggregation. Which reports are copies of one body is given by the test (a body label per report),
 * not derived, so the dedup rule is checked too. Rows are keyed by their group values joined with "|".
 */
final class IndependentStats {
    /** A test report, its body label, and whether it is current. */
    record Input(String body, Report report, boolean current) {
    }

    /** A kept copy with its copy count and copy-paste mark. */
    record Kept(Report r, long copies, boolean copyPaste) {
        String level() {
            return r.level() == null ? "unknown" : r.level();
        }

        boolean dept() {
            return Boolean.TRUE.equals(r.isDepartment());
        }
    }

    static final double Z = 1.959963984540054;

    static List<Kept> bodies(List<Input> inputs) {
        Map<String, List<Report>> groups = new LinkedHashMap<>();
        for (Input in : inputs) {
            Report r = in.report();
            if (!in.current() || r.error() != null || r.reportYear() == null) continue;
            groups.computeIfAbsent(in.body() + "@" + r.reportYear(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Map<Integer, Report>> byBody = new TreeMap<>();
        Map<Report, Long> copies = new LinkedHashMap<>();
        for (Map.Entry<String, List<Report>> g : groups.entrySet()) {
            Report best = g.getValue().stream().min(Comparator.comparingInt((Report r) -> -known(r))
                    .thenComparing(r -> govCn(r) ? 0 : 1).thenComparing(Report::sha256)).orElseThrow();
            copies.put(best, (long) g.getValue().size());
            byBody.computeIfAbsent(g.getKey().substring(0, g.getKey().indexOf('@')), k -> new TreeMap<>())
                    .put(best.reportYear(), best);
        }
        List<Kept> out = new ArrayList<>();
        for (Map<Integer, Report> years : byBody.values()) {
            for (Report r : years.values()) {
                Report prev = years.get(r.reportYear() - 1);
                boolean cp = prev != null && r.full() != null && informative(r.full()) && r.full().equals(prev.full());
                out.add(new Kept(r, copies.get(r), cp));
            }
        }
        return out;
    }

    static int known(Report r) {
        Object[] v = {r.normativeDocsNew(), r.licensingDecisions(), r.punishmentDecisions(), r.procurementProjects(),
                r.procurementAmountYuan(), r.appsNewTotal(), r.appsCarriedTotal(), r.appsResultsTotal(),
                r.appsCarriedNextTotal(), r.appsDisclosedTotal(), r.reconsiderationTotal(), r.litigationDirectTotal(),
                r.litigationAfterReconsiderationTotal()};
        int n = 0;
        for (Object o : v) if (o != null) n++;
        return n;
    }

    static boolean govCn(Report r) {
        return host(r.sourceUrl()).endsWith("gov.cn") || (r.path() != null && r.path().contains(".gov.cn/"));
    }

    private static String host(String url) {
        if (url == null || !url.contains("://")) return "";
        String h = url.substring(url.indexOf("://") + 3);
        for (char c : new char[]{'/', ':', '?', '#'}) if (h.indexOf(c) >= 0) h = h.substring(0, h.indexOf(c));
        return h.toLowerCase();
    }

    static boolean informative(Full f) {
        if (f.section3() != null) for (List<Long> l : f.section3().values()) for (Long x : l) if (x != null && x != 0) return true;
        if (f.section4() != null) for (List<Long> l : f.section4().values()) for (Long x : l) if (x != null && x != 0) return true;
        if (f.section2() != null) {
            for (Map<String, Object> m : f.section2().values()) {
                for (Object o : m.values()) {
                    // a count, an amount, or a raw amount such as "63365元" that starts with a non-zero number
                    if (o != null && o.toString().matches("-?(0*\\.0*[1-9]|0*[1-9]).*")) return true;
                }
            }
        }
        return false;
    }

    static boolean unitUnknown(Report r) {
        return r.procurementAmountYuan() == null && r.procurementAmountRaw() != null && !r.procurementAmountRaw().isBlank();
    }

    static BigDecimal rawNumber(Report r) {
        try {
            return new BigDecimal(r.procurementAmountRaw().replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** stats_by_level / _by_province / _by_body_type rows, by the given grouping. */
    static Map<String, Map<String, Object>> headline(List<Kept> bodies, Function<Kept, String> key) {
        Map<String, List<Kept>> groups = group(bodies, key);
        Map<String, Map<String, Object>> out = new TreeMap<>();
        groups.forEach((k, g) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            long n = g.size();
            long known = g.stream().filter(b -> b.r().appsNewTotal() != null).count();
            long zero = g.stream().filter(b -> Objects.equals(b.r().appsNewTotal(), 0L)).count();
            m.put("reports", n);
            m.put("apps_known_reports", known);
            m.put("zero_request_reports", zero);
            m.put("zero_request_rate", known == 0 ? null : (double) zero / known);
            m.put("zero_request_ci_low", wilson(zero, known, -1));
            m.put("zero_request_ci_high", wilson(zero, known, 1));
            m.put("procurement_projects", sumLong(g, b -> b.r().procurementProjects()));
            m.put("procurement_amount_yuan", sumDec(g, b -> b.r().procurementAmountYuan()));
            m.put("procurement_reports", g.stream().filter(b -> b.r().procurementProjects() != null
                    || b.r().procurementAmountYuan() != null
                    || (b.r().procurementAmountRaw() != null && !b.r().procurementAmountRaw().isBlank())).count());
            m.put("procurement_amount_reports", g.stream().filter(b -> b.r().procurementAmountYuan() != null).count());
            m.put("procurement_unit_unknown_reports", g.stream().filter(b -> unitUnknown(b.r())).count());
            m.put("procurement_unknown_low_yuan", sumDec(g, b -> unitUnknown(b.r()) ? rawNumber(b.r()) : null));
            m.put("procurement_unknown_high_yuan", sumDec(g, b -> unitUnknown(b.r()) && rawNumber(b.r()) != null
                    ? rawNumber(b.r()).multiply(BigDecimal.valueOf(10000)) : null));
            m.put("copies_collapsed", g.stream().mapToLong(b -> b.copies() - 1).sum());
            m.put("copy_paste_reports", g.stream().filter(Kept::copyPaste).count());
            out.put(k, m);
        });
        return out;
    }

    static Double wilson(long x, long n, int sign) {
        if (n == 0) return null;
        double p = (double) x / n;
        double d = 1 + Z * Z / n;
        return (p + Z * Z / (2.0 * n)) / d + sign * Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / d;
    }

    /** stats_outcomes rows keyed year|level|group|measure with reports, value, base, share. */
    static Map<String, Map<String, Object>> outcomes(List<Kept> bodies) {
        Map<String, long[]> acc = new TreeMap<>(); // reports, value, base, hasValue, hasBase
        Map<String, long[]> denominators = new TreeMap<>(); // per year|level|: reports with a known total, sum
        for (Kept b : bodies) {
            Map<String, List<Long>> s3 = b.r().full() == null ? null : b.r().full().section3();
            if (s3 == null) continue;
            String yl = b.r().reportYear() + "|" + b.level() + "|";
            Long total = s3.containsKey("total") ? s3.get("total").get(6) : null;
            if (total != null) {
                for (Map.Entry<String, List<Long>> e : s3.entrySet()) {
                    if (List.of("new", "carried", "total", "carried_next").contains(e.getKey())) continue;
                    add(acc, yl + "result|" + e.getKey(), e.getValue().get(6), total);
                    add(acc, yl + "result_category|" + category(e.getKey()), e.getValue().get(6), null);
                }
                long[] d = denominators.computeIfAbsent(yl, k -> new long[2]);
                d[0]++;
                d[1] += total;
            }
            List<Long> nw = s3.get("new");
            if (nw != null && nw.get(6) != null) {
                String[] names = {"natural_person", "commercial", "research", "social_org", "legal_service", "other_org"};
                for (int i = 0; i < 6; i++) add(acc, yl + "applicant|" + names[i], nw.get(i), nw.get(6));
                List<Long> legal = nw.subList(1, 6);
                add(acc, yl + "applicant|legal_person_all",
                        legal.contains(null) ? null : legal.stream().mapToLong(Long::longValue).sum(), nw.get(6));
            }
            add(acc, yl + "carried|carried", s3.containsKey("carried") ? s3.get("carried").get(6) : null, null);
            add(acc, yl + "carried|carried_next", s3.containsKey("carried_next") ? s3.get("carried_next").get(6) : null, null);
        }
        // A category's base is every report with a known （七）总计, whichever of its rows the report has.
        acc.forEach((k, a) -> {
            if (!k.contains("|result_category|")) return;
            long[] d = denominators.get(k.substring(0, k.indexOf("result_category|")));
            a[0] = d[0];
            a[2] = d[1];
            a[4] = 1;
        });
        Map<String, Map<String, Object>> out = new TreeMap<>();
        acc.forEach((k, a) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reports", a[0]);
            m.put("value", a[3] > 0 ? a[1] : null);
            m.put("base", a[4] > 0 ? a[2] : null);
            m.put("share", a[3] > 0 && a[4] > 0 && a[2] > 0 ? (double) a[1] / a[2] : null);
            out.put(k, m);
        });
        return out;
    }

    private static void add(Map<String, long[]> acc, String key, Long value, Long base) {
        long[] a = acc.computeIfAbsent(key, k -> new long[5]);
        if (value != null) {
            a[0]++;
            a[1] += value;
            a[3] = 1;
        }
        if (base != null) {
            a[2] += base;
            a[4] = 1;
        }
    }

    private static String category(String key) {
        if (key.equals("disclosed") || key.equals("partly_disclosed")) return key;
        for (String p : List.of("withheld", "unavailable", "not_processed", "other")) if (key.startsWith(p)) return p;
        return "unclassified";
    }

    /** stats_litigation rows keyed year|level|block. */
    static Map<String, Map<String, Object>> litigation(List<Kept> bodies) {
        Map<String, List<List<Long>>> blocks = new TreeMap<>();
        for (Kept b : bodies) {
            if (b.r().full() == null || b.r().full().section4() == null) continue;
            b.r().full().section4().forEach((block, cells) -> blocks.computeIfAbsent(
                    b.r().reportYear() + "|" + b.level() + "|" + block, k -> new ArrayList<>()).add(cells));
        }
        Map<String, Map<String, Object>> out = new TreeMap<>();
        String[] names = {"kept", "corrected", "other", "pending", "total"};
        blocks.forEach((k, list) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reports", list.stream().filter(c -> c.get(4) != null).count());
            for (int i = 0; i < 5; i++) {
                int j = i;
                m.put(names[i], list.stream().anyMatch(c -> c.get(j) != null)
                        ? list.stream().filter(c -> c.get(j) != null).mapToLong(c -> c.get(j)).sum() : null);
            }
            long num = 0, den = 0;
            for (List<Long> c : list) {
                if (c.get(1) != null && c.get(4) != null) {
                    num += c.get(1);
                    den += c.get(4);
                }
            }
            m.put("corrected_share", den > 0 ? (double) num / den : null);
            out.put(k, m);
        });
        return out;
    }

    /** stats_quality rows keyed year|level (year "null" for year-less reports). */
    static Map<String, Map<String, Object>> quality(List<Input> inputs, List<Kept> bodies, Map<String, Long> governments) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        for (Input in : inputs) {
            if (!in.current()) continue;
            Report r = in.report();
            Map<String, Object> m = qualityRow(out, r.reportYear() + "|" + (r.level() == null ? "unknown" : r.level()));
            m.merge("current_reports", 1L, (a, b) -> (Long) a + (Long) b);
            if (r.error() != null) m.merge("parse_errors", 1L, (a, b) -> (Long) a + (Long) b);
        }
        for (Kept b : bodies) {
            Map<String, Object> m = qualityRow(out, b.r().reportYear() + "|" + b.level());
            m.merge("reports", 1L, (x, y) -> (Long) x + (Long) y);
            m.merge(b.dept() ? "department_reports" : "government_reports", 1L, (x, y) -> (Long) x + (Long) y);
            List<Check> balance = b.r().checks().stream().filter(c -> c.rule().startsWith("gouji")).toList();
            boolean assessed = balance.stream().anyMatch(c -> c.outcome() != Check.Outcome.NOT_ASSESSABLE);
            boolean failed = balance.stream().anyMatch(c -> c.outcome() == Check.Outcome.FAIL);
            if (assessed) m.merge("balance_assessed_reports", 1L, (x, y) -> (Long) x + (Long) y);
            if (assessed && !failed) m.merge("balance_pass_reports", 1L, (x, y) -> (Long) x + (Long) y);
            m.merge("headline_values_unknown", (long) (13 - known(b.r())), (x, y) -> (Long) x + (Long) y);
            m.merge("copies_collapsed", b.copies() - 1, (x, y) -> (Long) x + (Long) y);
            if (b.copyPaste()) m.merge("copy_paste_reports", 1L, (x, y) -> (Long) x + (Long) y);
        }
        out.forEach((k, m) -> {
            Long gov = governments.get(k.substring(k.indexOf('|') + 1));
            long reports = (Long) m.get("reports");
            m.put("governments", gov);
            m.put("coverage", gov == null || gov == 0 ? null : (double) (Long) m.get("government_reports") / gov);
            long assessed = (Long) m.get("balance_assessed_reports");
            m.put("balance_pass_rate", assessed == 0 ? null : (double) (Long) m.get("balance_pass_reports") / assessed);
            m.put("headline_unknown_share", reports == 0 ? null : (double) (Long) m.get("headline_values_unknown") / (13.0 * reports));
        });
        return out;
    }

    private static Map<String, Object> qualityRow(Map<String, Map<String, Object>> out, String key) {
        return out.computeIfAbsent(key, k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (String c : List.of("current_reports", "parse_errors", "reports", "government_reports",
                    "department_reports", "balance_assessed_reports", "balance_pass_reports",
                    "headline_values_unknown", "copies_collapsed", "copy_paste_reports")) m.put(c, 0L);
            return m;
        });
    }

    private static Map<String, List<Kept>> group(List<Kept> bodies, Function<Kept, String> key) {
        Map<String, List<Kept>> g = new TreeMap<>();
        for (Kept b : bodies) g.computeIfAbsent(key.apply(b), k -> new ArrayList<>()).add(b);
        return g;
    }

    private static Long sumLong(List<Kept> g, Function<Kept, Long> f) {
        List<Long> v = g.stream().map(f).filter(Objects::nonNull).toList();
        return v.isEmpty() ? null : v.stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal sumDec(List<Kept> g, Function<Kept, BigDecimal> f) {
        List<BigDecimal> v = g.stream().map(f).filter(Objects::nonNull).toList();
        return v.isEmpty() ? null : v.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
