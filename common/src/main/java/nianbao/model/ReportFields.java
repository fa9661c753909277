package nianbao.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code parse} contract declared once: every top-level key of a {@link Report}, in JSON order, with its type and,
 * for a headline key, the cell of {@code full} it is read from. The JSON order of a report, {@link #HEADLINE_KEYS},
 * the cell paths {@code --explain} prints and the columns of the Delta table {@code reports} (jobs' {@code Warehouse})
 * all come from this table. Adding a key: a line here, the {@link Report} component (and its {@link ReportBuilder}
 * accessor), and docs/parse-contract.md; {@code ReportFieldsTest} fails while the record and this table differ.
 */
public final class ReportFields {

    /** What a key holds; the warehouse maps each type to one column type (a switch, so a new type cannot be missed). */
    public enum Type {
        STRING(String.class), BOOLEAN(Boolean.class),
        /** A year (a small int). */
        YEAR(Integer.class),
        /** A count printed in a table (64-bit). */
        COUNT(Long.class),
        /** An exact amount. */
        DECIMAL(BigDecimal.class),
        /** Flag codes ({@link Flags}). */
        CODES(List.class),
        /** {@link Check}s. */
        CHECKS(List.class),
        /** The three tables ({@link Full}). */
        TABLES(Full.class);

        /** The Java type of the {@link Report} component. */
        public final Class<?> javaType;

        Type(Class<?> javaType) {
            this.javaType = javaType;
        }
    }

    /**
     * One key of the contract.
     *
     * @param cell       a headline key's cell path in {@code full} on the new 条例's forms (2019, 2021, unknown), e.g.
     *                   {@code section3.new.6}; null for a key that is not a headline
     * @param formCells  cell paths that differ by form id ({@code "2021"}, {@code "pre2019"}). The pre-2019 form's free
     *                   tables hold only the counts named for it here
     */
    public record Field(String key, Type type, Function<Report, Object> value, String cell,
                        Map<String, String> formCells) {
        public boolean headline() {
            return cell != null;
        }

        /** The cell path this key is read from on a report of {@code template}; null when that form lacks it. */
        public String cell(String template) {
            String own = formCells.get(template);
            if (own != null) return own;
            return "pre2019".equals(template) ? null : cell;
        }

        /** The same field, read from {@code path} on the form {@code formId}. */
        Field on(String formId, String path) {
            Map<String, String> m = new HashMap<>(formCells);
            m.put(formId, path);
            return new Field(key, type, value, cell, Map.copyOf(m));
        }
    }

    /** Every key, in JSON order (docs/parse-contract.md, "Top-level keys"). */
    public static final List<Field> ALL = List.of(
            field("file", Type.STRING, Report::file),
            field("path", Type.STRING, Report::path),
            field("sha256", Type.STRING, Report::sha256),
            field("format", Type.STRING, Report::format),
            field("template", Type.STRING, Report::template),
            field("agency", Type.STRING, Report::agency),
            field("level", Type.STRING, Report::level),
            field("is_department", Type.BOOLEAN, Report::isDepartment),
            field("province", Type.STRING, Report::province),
            field("prefecture", Type.STRING, Report::prefecture),
            field("county", Type.STRING, Report::county),
            field("place_code", Type.STRING, Report::placeCode),
            field("place_evidence", Type.STRING, Report::placeEvidence),
            field("report_year", Type.YEAR, Report::reportYear),
            headline("normative_docs_new", Type.COUNT, Report::normativeDocsNew, "section2.normative_docs.new")
                    .on("2021", "section2.normative_docs.issued"),
            headline("licensing_decisions", Type.COUNT, Report::licensingDecisions, "section2.licensing.decisions"),
            headline("punishment_decisions", Type.COUNT, Report::punishmentDecisions, "section2.punishment.decisions"),
            headline("procurement_projects", Type.COUNT, Report::procurementProjects, "section2.procurement.projects"),
            field("procurement_amount_raw", Type.STRING, Report::procurementAmountRaw),
            field("procurement_unit", Type.STRING, Report::procurementUnit),
            headline("procurement_amount_yuan", Type.DECIMAL, Report::procurementAmountYuan,
                    "section2.procurement.amount_raw"),
            headline("apps_new_total", Type.COUNT, Report::appsNewTotal, "section3.new.6")
                    .on("pre2019", "section3.requests.0"),
            headline("apps_carried_total", Type.COUNT, Report::appsCarriedTotal, "section3.carried.6"),
            headline("apps_results_total", Type.COUNT, Report::appsResultsTotal, "section3.total.6"),
            headline("apps_carried_next_total", Type.COUNT, Report::appsCarriedNextTotal, "section3.carried_next.6"),
            headline("apps_disclosed_total", Type.COUNT, Report::appsDisclosedTotal, "section3.disclosed.6"),
            headline("reconsideration_total", Type.COUNT, Report::reconsiderationTotal, "section4.reconsideration.4"),
            headline("litigation_direct_total", Type.COUNT, Report::litigationDirectTotal,
                    "section4.litigation_direct.4"),
            headline("litigation_after_reconsideration_total", Type.COUNT,
                    Report::litigationAfterReconsiderationTotal, "section4.litigation_after_reconsideration.4"),
            field("source_url", Type.STRING, Report::sourceUrl),
            field("flags", Type.CODES, Report::flags),
            field("checks", Type.CHECKS, Report::checks),
            field("full", Type.TABLES, Report::full),
            field("error", Type.STRING, Report::error),
            field("parser_version", Type.STRING, Report::parserVersion));

    /** The headline keys, in contract order: the fields that statistics and accuracy scores are computed over. */
    public static final List<String> HEADLINE_KEYS = ALL.stream().filter(Field::headline).map(Field::key).toList();

    private static final Map<String, Field> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Field::key, Function.identity()));

    private ReportFields() {
    }

    /** The field of a key, e.g. {@code get("apps_new_total")}. */
    public static Field get(String key) {
        Field f = BY_KEY.get(key);
        if (f == null) throw new IllegalArgumentException("not a key of the parse contract: " + key);
        return f;
    }

    private static Field field(String key, Type type, Function<Report, Object> value) {
        return new Field(key, type, value, null, Map.of());
    }

    private static Field headline(String key, Type type, Function<Report, Object> value, String cell) {
        return new Field(key, type, value, cell, Map.of());
    }

    /** Writes a report as its keys in table order (the one JSON writer of {@link Report}, registered on the record). */
    public static final class Writer extends StdSerializer<Report> {
        public Writer() {
            super(Report.class);
        }

        @Override
        public void serialize(Report r, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject(r);
            for (Field f : ALL) {
                g.writeFieldName(f.key());
                p.defaultSerializeValue(f.value().apply(r), g);
            }
            g.writeEndObject();
        }
    }
}
