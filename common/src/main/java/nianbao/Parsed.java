package nianbao;

import nianbao.model.Report;

/** A parse result: the report and the text that was extracted from the document (kept in the `documents` table). */
public record Parsed(Report report, String text) {
}
