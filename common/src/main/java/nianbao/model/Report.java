package nianbao.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.math.BigDecimal;
import java.util.List;

/**
 * One parsed report: the output contract of {@code bin/nianbao parse}, documented key by key in docs/parse-contract.md.
 * A value the report does not give is null, never 0. Immutable; build it with {@link ReportBuilder}. The keys, their
 * order and types are declared in {@link ReportFields}; JSON is written from there and read by component name.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(using = ReportFields.Writer.class)
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
    public static final List<String> HEADLINE_KEYS = ReportFields.HEADLINE_KEYS;

    public ReportBuilder toBuilder() {
        return ReportBuilder.from(this);
    }
}
