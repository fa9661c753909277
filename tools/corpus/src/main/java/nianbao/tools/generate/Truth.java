package nianbao.tools.generate;

import nianbao.model.Flags;
import nianbao.model.Full;
import nianbao.model.ReportBuilder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ground truth of one generated file: what a careful reader can know from what was printed. A value hidden by
 * noise (blank, "/", cut off, or printed in a collapsed row at an uncertain position) is null unless the form's
 * arithmetic fixes it uniquely ({@link KnowableCells}). Agency, level, province and is_department come from the
 * population.
 */
final class Truth {
    private Truth() {
    }

    static ReportBuilder of(Agency a, int year, Values v, Marks marks, Set<Doc.Ref> lost, Set<Noise> noise) {
        PrintedForm f = v.form();
        ReportBuilder b = new ReportBuilder()
                .template(f.id).agency(a.name()).level(a.level()).isDepartment(a.department())
                .province(a.province()).prefecture(a.prefecture()).county(a.county()).placeCode(a.placeCode())
                .reportYear(year);
        // Section 二: no arithmetic ties its cells, so a hidden cell is simply unknown.
        Map<String, Map<String, Object>> s2 = new LinkedHashMap<>();
        for (PrintedForm.Article art : f.articles()) {
            for (PrintedForm.Item item : art.items()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int c = 0; c < art.cols().size(); c++) {
                    Doc.Ref ref = new Doc.Ref(2, item.key(), c);
                    boolean seen = marks.get(ref) == Marks.Mark.SHOWN && !lost.contains(ref);
                    m.put(art.cols().get(c).key(), seen ? v.s2().get(item.key()).get(art.cols().get(c).key()) : null);
                }
                s2.put(item.key(), m);
            }
        }
        boolean[] deduced = {false};
        Long[][] s3 = section3(v, marks, lost, deduced);
        Long[][] s4 = section4(v, marks, lost, deduced);
        Map<String, List<Long>> s3map = new LinkedHashMap<>();
        for (int r = 0; r < f.rows().size(); r++) s3map.put(f.rows().get(r).key(), list(s3[r]));
        Map<String, List<Long>> s4map = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) s4map.put(PrintedForm.S4_BLOCKS.get(i), list(s4[i]));
        b.full(new Full(s2, allNull(s3) ? null : s3map, allNull(s4) ? null : s4map));

        String docsCol = f == PrintedForm.F2019 ? "new" : "issued";
        b.normativeDocsNew((Long) s2.get("normative_docs").get(docsCol));
        b.licensingDecisions((Long) s2.get("licensing").get("decisions"));
        b.punishmentDecisions((Long) s2.get("punishment").get("decisions"));
        if (f == PrintedForm.F2019) {
            Map<String, Object> p = s2.get("procurement");
            b.procurementProjects((Long) p.get("projects"));
            String raw = (String) p.get("amount_raw");
            b.procurementAmountRaw(raw);
            if (raw != null) {
                b.procurementUnit(v.procurementUnit());
                b.procurementAmountYuan(v.procurementYuan());
                if (v.procurementYuan() == null) b.flag(Flags.PROCUREMENT_UNIT_UNKNOWN);
            }
        }
        b.appsNewTotal(s3[f.rowIndex("new")][6]);
        b.appsCarriedTotal(s3[f.rowIndex("carried")][6]);
        b.appsResultsTotal(s3[f.rowIndex("total")][6]);
        b.appsCarriedNextTotal(s3[f.rowIndex("carried_next")][6]);
        b.appsDisclosedTotal(s3[f.rowIndex("disclosed")][6]);
        b.reconsiderationTotal(s4[0][4]);
        b.litigationDirectTotal(s4[1][4]);
        b.litigationAfterReconsiderationTotal(s4[2][4]);
        if (noise.contains(Noise.TRUNCATED)) b.flag(Flags.TRUNCATED);
        if (deduced[0]) b.flag(Flags.DEDUCED);
        if (!marks.collapsedRows().isEmpty() && hasNull(s3)) b.flag(Flags.CELLS_UNPLACED);
        if (noise.contains(Noise.TRADITIONAL)) b.flag(Flags.TRADITIONAL_SCRIPT);
        if (noise.contains(Noise.SPAM) || noise.contains(Noise.BANNER)) b.flag(Flags.SPAM_REMOVED);
        return b;
    }

    private static Long[][] section3(Values v, Marks marks, Set<Doc.Ref> lost, boolean[] deduced) {
        PrintedForm f = v.form();
        int rows = f.rows().size();
        int n = rows * 7;
        Long[] known = new Long[n];
        List<KnowableCells.Collapsed> collapsed = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String key = f.rows().get(r).key();
            List<Long> printed = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                Doc.Ref ref = new Doc.Ref(3, key, c);
                boolean seen = marks.get(ref) == Marks.Mark.SHOWN && !lost.contains(ref);
                if (!seen) continue;
                if (marks.collapsed(key)) printed.add(v.s3()[r][c]);
                else known[r * 7 + c] = v.s3()[r][c];
            }
            if (marks.collapsed(key)) {
                int[] cells = new int[7];
                for (int c = 0; c < 7; c++) cells[c] = r * 7 + c;
                long[] p = new long[printed.size()];
                for (int i = 0; i < p.length; i++) p[i] = printed.get(i);
                collapsed.add(new KnowableCells.Collapsed(cells, p));
            }
        }
        List<KnowableCells.Eq> eqs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            eqs.add(new KnowableCells.Eq(new int[]{r * 7, r * 7 + 1, r * 7 + 2, r * 7 + 3, r * 7 + 4, r * 7 + 5}, new int[]{r * 7 + 6}));
        }
        int neu = f.rowIndex("new"), carried = f.rowIndex("carried"), total = f.rowIndex("total"), next = f.rowIndex("carried_next");
        List<Integer> results = new ArrayList<>();
        for (int r = 0; r < rows; r++) if (f.rows().get(r).result()) results.add(r);
        for (int c = 0; c < 7; c++) {
            eqs.add(new KnowableCells.Eq(new int[]{neu * 7 + c, carried * 7 + c}, new int[]{total * 7 + c, next * 7 + c}));
            int[] parts = new int[results.size()];
            for (int i = 0; i < parts.length; i++) parts[i] = results.get(i) * 7 + c;
            eqs.add(new KnowableCells.Eq(parts, new int[]{total * 7 + c}));
        }
        Long[] solved = KnowableCells.solve(n, known, eqs, collapsed);
        Long[][] out = new Long[rows][7];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 7; c++) {
                out[r][c] = solved[r * 7 + c];
                if (out[r][c] != null && known[r * 7 + c] == null) deduced[0] = true;
                check(out[r][c], v.s3()[r][c], "section 三 " + f.rows().get(r).key() + " col " + c);
            }
        }
        return out;
    }

    private static Long[][] section4(Values v, Marks marks, Set<Doc.Ref> lost, boolean[] deduced) {
        Long[] known = new Long[15];
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 5; c++) {
                Doc.Ref ref = new Doc.Ref(4, PrintedForm.S4_BLOCKS.get(b), c);
                if (marks.get(ref) == Marks.Mark.SHOWN && !lost.contains(ref)) known[b * 5 + c] = v.s4()[b][c];
            }
        }
        List<KnowableCells.Eq> eqs = new ArrayList<>();
        for (int b = 0; b < 3; b++) eqs.add(new KnowableCells.Eq(new int[]{b * 5, b * 5 + 1, b * 5 + 2, b * 5 + 3}, new int[]{b * 5 + 4}));
        Long[] solved = KnowableCells.solve(15, known, eqs, List.of());
        Long[][] out = new Long[3][5];
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 5; c++) {
                out[b][c] = solved[b * 5 + c];
                if (out[b][c] != null && known[b * 5 + c] == null) deduced[0] = true;
                check(out[b][c], v.s4()[b][c], "section 四 " + PrintedForm.S4_BLOCKS.get(b) + " col " + c);
            }
        }
        return out;
    }

    /** A deduction that disagrees with the written value would be a bug in KnowableCells: fail loudly. */
    private static void check(Long deduced, long written, String where) {
        if (deduced != null && deduced != written) {
            throw new IllegalStateException("deduced " + deduced + " but wrote " + written + " at " + where);
        }
    }

    private static List<Long> list(Long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (Long x : a) l.add(x);
        return l;
    }

    private static boolean allNull(Long[][] t) {
        for (Long[] r : t) for (Long x : r) if (x != null) return false;
        return true;
    }

    private static boolean hasNull(Long[][] t) {
        for (Long[] r : t) for (Long x : r) if (x == null) return true;
        return false;
    }

}
