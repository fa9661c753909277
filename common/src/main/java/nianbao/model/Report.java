package nianbao.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.util.List;

/**
 * One parsed report: the output contract of {@code bin/nianbao parse}, documented key by key in docs/parse-contract.md.
 * A value the report does not give is null, never 0. Immutable; build it with {@link ReportBuilder}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"file", "path", "sha256", "format", "template", "agency", "level", "is_department", "province",
        "prefecture", "county", "place_code", "place_evidence", "report_year", "normative_docs_new",
        "licensing_decisions", "punishment_decisions", "procurement_projects", "procurement_amount_raw",
        "procurement_unit", "procurement_amount_yuan", "apps_new_total", "apps_carried_total", "apps_results_total",
        "apps_carried_next_total", "apps_disclosed_total", "reconsideration_total", "litigation_direct_total",
        "litigation_after_reconsideration_total", "source_url", "flags", "checks", "full", "error", "parser_version"})
public record Report(
        String file,
        String path,
        String sha256,
        String format,
        String template,
        String agency,
        String level,
        Boolean isDepartment,
        String province,
        String prefecture,
        String county,
        String placeCode,
        String placeEvidence,
        Integer reportYear,
        Long normativeDocsNew,
        Long licensingDecisions,
        Long punishmentDecisions,
        Long procurementProjects,
        String procurementAmountRaw,
        String procurementUnit,
        BigDecimal procurementAmountYuan,
        Long appsNewTotal,
        Long appsCarriedTotal,
        Long appsResultsTotal,
        Long appsCarriedNextTotal,
        Long appsDisclosedTotal,
        Long reconsiderationTotal,
        Long litigationDirectTotal,
        Long litigationAfterReconsiderationTotal,
        String sourceUrl,
        List<String> flags,
        List<Check> checks,
        Full full,
        String error,
        String parserVersion) {

    public Report {
        flags = flags == null ? List.of() : List.copyOf(flags);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The headline keys, in contract order: the fields that statistics and accuracy scores are computed over. */
    public static final List<String> HEADLINE_KEYS = List.of("normative_docs_new", "licensing_decisions",
            "punishment_decisions", "procurement_projects", "procurement_amount_yuan", "apps_new_total",
            "apps_carried_total", "apps_results_total", "apps_carried_next_total", "apps_disclosed_total",
            "reconsideration_total", "litigation_direct_total", "litigation_after_reconsideration_total");

    public ReportBuilder toBuilder() {
        return ReportBuilder.from(this);
    }
}
