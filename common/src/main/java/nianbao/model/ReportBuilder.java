package nianbao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Mutable builder for {@link Report}; the parser fills it step by step. */
public final class ReportBuilder {
    private String file;
    private String path;
    private String sha256;
    private String format;
    private String template;
    private String agency;
    private String level;
    private Boolean isDepartment;
    private String province;
    private String prefecture;
    private String county;
    private String placeCode;
    private String placeEvidence;
    private Integer reportYear;
    private Long normativeDocsNew;
    private Long licensingDecisions;
    private Long punishmentDecisions;
    private Long procurementProjects;
    private String procurementAmountRaw;
    private String procurementUnit;
    private BigDecimal procurementAmountYuan;
    private Long appsNewTotal;
    private Long appsCarriedTotal;
    private Long appsResultsTotal;
    private Long appsCarriedNextTotal;
    private Long appsDisclosedTotal;
    private Long reconsiderationTotal;
    private Long litigationDirectTotal;
    private Long litigationAfterReconsiderationTotal;
    private String sourceUrl;
    private List<String> flags = new ArrayList<>();
    private List<Check> checks = new ArrayList<>();
    private Full full;
    private String error;
    private String parserVersion;

    public static ReportBuilder from(Report r) {
        ReportBuilder b = new ReportBuilder();
        b.file = r.file();
        b.path = r.path();
        b.sha256 = r.sha256();
        b.format = r.format();
        b.template = r.template();
        b.agency = r.agency();
        b.level = r.level();
        b.isDepartment = r.isDepartment();
        b.province = r.province();
        b.prefecture = r.prefecture();
        b.county = r.county();
        b.placeCode = r.placeCode();
        b.placeEvidence = r.placeEvidence();
        b.reportYear = r.reportYear();
        b.normativeDocsNew = r.normativeDocsNew();
        b.licensingDecisions = r.licensingDecisions();
        b.punishmentDecisions = r.punishmentDecisions();
        b.procurementProjects = r.procurementProjects();
        b.procurementAmountRaw = r.procurementAmountRaw();
        b.procurementUnit = r.procurementUnit();
        b.procurementAmountYuan = r.procurementAmountYuan();
        b.appsNewTotal = r.appsNewTotal();
        b.appsCarriedTotal = r.appsCarriedTotal();
        b.appsResultsTotal = r.appsResultsTotal();
        b.appsCarriedNextTotal = r.appsCarriedNextTotal();
        b.appsDisclosedTotal = r.appsDisclosedTotal();
        b.reconsiderationTotal = r.reconsiderationTotal();
        b.litigationDirectTotal = r.litigationDirectTotal();
        b.litigationAfterReconsiderationTotal = r.litigationAfterReconsiderationTotal();
        b.sourceUrl = r.sourceUrl();
        b.flags = new ArrayList<>(r.flags());
        b.checks = new ArrayList<>(r.checks());
        b.full = r.full();
        b.error = r.error();
        b.parserVersion = r.parserVersion();
        return b;
    }

    public ReportBuilder file(String v) { this.file = v; return this; }
    public String file() { return file; }
    public ReportBuilder path(String v) { this.path = v; return this; }
    public String path() { return path; }
    public ReportBuilder sha256(String v) { this.sha256 = v; return this; }
    public String sha256() { return sha256; }
    public ReportBuilder format(String v) { this.format = v; return this; }
    public String format() { return format; }
    public ReportBuilder template(String v) { this.template = v; return this; }
    public String template() { return template; }
    public ReportBuilder agency(String v) { this.agency = v; return this; }
    public String agency() { return agency; }
    public ReportBuilder level(String v) { this.level = v; return this; }
    public String level() { return level; }
    public ReportBuilder isDepartment(Boolean v) { this.isDepartment = v; return this; }
    public Boolean isDepartment() { return isDepartment; }
    public ReportBuilder province(String v) { this.province = v; return this; }
    public String province() { return province; }
    public ReportBuilder prefecture(String v) { this.prefecture = v; return this; }
    public String prefecture() { return prefecture; }
    public ReportBuilder county(String v) { this.county = v; return this; }
    public String county() { return county; }
    public ReportBuilder placeCode(String v) { this.placeCode = v; return this; }
    public String placeCode() { return placeCode; }
    public ReportBuilder placeEvidence(String v) { this.placeEvidence = v; return this; }
    public String placeEvidence() { return placeEvidence; }
    public ReportBuilder reportYear(Integer v) { this.reportYear = v; return this; }
    public Integer reportYear() { return reportYear; }
    public ReportBuilder normativeDocsNew(Long v) { this.normativeDocsNew = v; return this; }
    public Long normativeDocsNew() { return normativeDocsNew; }
    public ReportBuilder licensingDecisions(Long v) { this.licensingDecisions = v; return this; }
    public Long licensingDecisions() { return licensingDecisions; }
    public ReportBuilder punishmentDecisions(Long v) { this.punishmentDecisions = v; return this; }
    public Long punishmentDecisions() { return punishmentDecisions; }
    public ReportBuilder procurementProjects(Long v) { this.procurementProjects = v; return this; }
    public Long procurementProjects() { return procurementProjects; }
    public ReportBuilder procurementAmountRaw(String v) { this.procurementAmountRaw = v; return this; }
    public String procurementAmountRaw() { return procurementAmountRaw; }
    public ReportBuilder procurementUnit(String v) { this.procurementUnit = v; return this; }
    public String procurementUnit() { return procurementUnit; }
    public ReportBuilder procurementAmountYuan(BigDecimal v) { this.procurementAmountYuan = v; return this; }
    public BigDecimal procurementAmountYuan() { return procurementAmountYuan; }
    public ReportBuilder appsNewTotal(Long v) { this.appsNewTotal = v; return this; }
    public Long appsNewTotal() { return appsNewTotal; }
    public ReportBuilder appsCarriedTotal(Long v) { this.appsCarriedTotal = v; return this; }
    public Long appsCarriedTotal() { return appsCarriedTotal; }
    public ReportBuilder appsResultsTotal(Long v) { this.appsResultsTotal = v; return this; }
    public Long appsResultsTotal() { return appsResultsTotal; }
    public ReportBuilder appsCarriedNextTotal(Long v) { this.appsCarriedNextTotal = v; return this; }
    public Long appsCarriedNextTotal() { return appsCarriedNextTotal; }
    public ReportBuilder appsDisclosedTotal(Long v) { this.appsDisclosedTotal = v; return this; }
    public Long appsDisclosedTotal() { return appsDisclosedTotal; }
    public ReportBuilder reconsiderationTotal(Long v) { this.reconsiderationTotal = v; return this; }
    public Long reconsiderationTotal() { return reconsiderationTotal; }
    public ReportBuilder litigationDirectTotal(Long v) { this.litigationDirectTotal = v; return this; }
    public Long litigationDirectTotal() { return litigationDirectTotal; }
    public ReportBuilder litigationAfterReconsiderationTotal(Long v) { this.litigationAfterReconsiderationTotal = v; return this; }
    public Long litigationAfterReconsiderationTotal() { return litigationAfterReconsiderationTotal; }
    public ReportBuilder sourceUrl(String v) { this.sourceUrl = v; return this; }
    public String sourceUrl() { return sourceUrl; }
    public ReportBuilder full(Full v) { this.full = v; return this; }
    public Full full() { return full; }
    public ReportBuilder error(String v) { this.error = v; return this; }
    public String error() { return error; }
    public ReportBuilder parserVersion(String v) { this.parserVersion = v; return this; }
    public String parserVersion() { return parserVersion; }

    /** Adds a flag once (flags are a set kept in first-seen order). */
    public ReportBuilder flag(String code) { if (!flags.contains(code)) flags.add(code); return this; }
    public ReportBuilder check(Check c) { checks.add(c); return this; }
    public List<String> flags() { return flags; }
    public List<Check> checks() { return checks; }

    public Report build() {
        return new Report(file, path, sha256, format, template, agency, level, isDepartment, province, prefecture, county, placeCode, placeEvidence, reportYear, normativeDocsNew, licensingDecisions, punishmentDecisions, procurementProjects, procurementAmountRaw, procurementUnit, procurementAmountYuan, appsNewTotal, appsCarriedTotal, appsResultsTotal, appsCarriedNextTotal, appsDisclosedTotal, reconsiderationTotal, litigationDirectTotal, litigationAfterReconsiderationTotal, sourceUrl, flags, checks, full, error, parserVersion);
    }
}
