/**
 * The parser's entry point: {@link nianbao.ReportParser} takes one report's bytes and gives a {@link nianbao.Parsed}
 * (the {@link nianbao.model.Report} and the extracted text), or an {@link nianbao.Explained} that also says where each
 * headline value came from. The steps live in the sub-packages: {@code extract} (per format), {@code text},
 * {@code meta} and {@code place} (who, where, which year), {@code form} (which national form), {@code read} (the
 * tables), {@code check} (validation) and {@code model} (the report contract). No Spark here.
 */
package nianbao;
