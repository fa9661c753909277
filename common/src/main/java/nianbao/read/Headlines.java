package nianbao.read;

import nianbao.model.Flags;
import nianbao.model.Full;
import nianbao.model.ReportBuilder;
import nianbao.model.ReportFields;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the headline keys of a report from its tables, and says which cell each came from (for --explain). A headline
 * is null unless its cell holds a number (printed or deduced). Procurement: the amount in yuan only when the header
 * or the value states the unit, or the value is 0; never guessed from magnitude.
 */
public final class Headlines {
    private Headlines() {
    }

    /** Headline key → cell path in {@link Tables#sources()}, as {@link ReportFields} declares them for the form. */
    public static Map<String, String> paths(String template) {
        Map<String, String> p = new LinkedHashMap<>();
        for (ReportFields.Field f : ReportFields.ALL) {
            String cell = f.headline() ? f.cell(template) : null;
            if (cell != null) p.put(f.key(), cell);
        }
        return p;
    }

    public static void fill(Tables t, String template, ReportBuilder b) {
        Full f = t.full();
        if (f == null) return;
        if ("pre2019".equals(template)) {
            b.appsNewTotal(t.counts().get("requests"));
            return;
        }
        String ndCol = "2021".equals(template) ? "issued" : "new";
        b.normativeDocsNew(count(f, "normative_docs", ndCol));
        b.licensingDecisions(count(f, "licensing", "decisions"));
        b.punishmentDecisions(count(f, "punishment", "decisions"));
        b.procurementProjects(count(f, "procurement", "projects"));
        procurement(t, b);
        b.appsNewTotal(total(f.section3(), "new", 6));
        b.appsCarriedTotal(total(f.section3(), "carried", 6));
        b.appsResultsTotal(total(f.section3(), "total", 6));
        b.appsCarriedNextTotal(total(f.section3(), "carried_next", 6));
        b.appsDisclosedTotal(total(f.section3(), "disclosed", 6));
        b.reconsiderationTotal(total(f.section4(), "reconsideration", 4));
        b.litigationDirectTotal(total(f.section4(), "litigation_direct", 4));
        b.litigationAfterReconsiderationTotal(total(f.section4(), "litigation_after_reconsideration", 4));
    }

    private static void procurement(Tables t, ReportBuilder b) {
        Object raw = cell(t.full(), "procurement", "amount_raw");
        if (!(raw instanceof String s)) return;
        b.procurementAmountRaw(s);
        BigDecimal amount = CellValues.classify(s).number();
        if (amount == null) return;
        String unit = t.valueUnit() != null ? t.valueUnit() : t.amountUnit();
        b.procurementUnit(unit);
        if (amount.signum() == 0) {
            b.procurementAmountYuan(BigDecimal.ZERO);
        } else if (unit == null) {
            b.flag(Flags.PROCUREMENT_UNIT_UNKNOWN);
        } else {
            BigDecimal factor = switch (unit) {
                case "万元" -> BigDecimal.valueOf(10_000);
                case "亿元" -> BigDecimal.valueOf(100_000_000);
                default -> BigDecimal.ONE;
            };
            b.procurementAmountYuan(nianbao.model.Json.normalize(amount.multiply(factor)));
        }
    }

    private static Object cell(Full f, String item, String col) {
        if (f.section2() == null) return null;
        Map<String, Object> m = f.section2().get(item);
        return m == null ? null : m.get(col);
    }

    private static Long count(Full f, String item, String col) {
        return cell(f, item, col) instanceof Long l ? l : null;
    }

    private static Long total(Map<String, List<Long>> section, String row, int c) {
        if (section == null) return null;
        List<Long> v = section.get(row);
        return v == null || v.size() <= c ? null : v.get(c);
    }
}
