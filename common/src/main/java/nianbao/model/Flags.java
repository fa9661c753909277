package nianbao.model;

/**
 * The documented flag codes a {@link Report} may carry (docs/parse-contract.md, "flags"). Flags say what a user of the
 * numbers should know; they never change a value.
 */
public final class Flags {
    /** The text stops before the end of the tables; the missing sections are null. */
    public static final String TRUNCATED = "truncated";
    /** At least one value was not printed but is the unique non-negative solution of the table's arithmetic. */
    public static final String DEDUCED = "deduced";
    /** A row had fewer cells than columns and the values could not be placed uniquely; they are null. */
    public static final String CELLS_UNPLACED = "cells_unplaced";
    /** The procurement amount has no unit in its header or value, so it has no yuan value. */
    public static final String PROCUREMENT_UNIT_UNKNOWN = "procurement_unit_unknown";
    /** The place name matches several places of the gazetteer; province/prefecture/county stay null. */
    public static final String PLACE_AMBIGUOUS = "place_ambiguous";
    /** No place of the gazetteer matches the agency (renamed, merged, or not named). */
    public static final String PLACE_UNRESOLVED = "place_unresolved";
    /** Title, statistical period and signature disagree on the year. */
    public static final String YEAR_CONFLICT = "year_conflict";
    /** No report year could be read. */
    public static final String YEAR_MISSING = "year_missing";
    /** The text was in Traditional (or mixed) script and was normalised to Simplified. */
    public static final String TRADITIONAL_SCRIPT = "traditional_script";
    /** Strings that are not part of the report (spam, site banners) were removed before reading. */
    public static final String SPAM_REMOVED = "spam_removed";
    /** A table check failed (see {@code checks}). */
    public static final String CHECK_FAILED = "check_failed";
    /** No known form was detected. */
    public static final String TEMPLATE_UNKNOWN = "template_unknown";
    /** The section-三 table is missing. */
    public static final String NO_APPLICATIONS_TABLE = "no_applications_table";
    /** The PDF has no text layer (a scan); no OCR is attempted. */
    public static final String NO_TEXT_LAYER = "no_text_layer";
    /** The document could not be read or parsed; see {@code error}. */
    public static final String PARSE_ERROR = "parse_error";
    /** Parsing took longer than the time limit and was cut off. */
    public static final String TIMEOUT = "timeout";

    private Flags() {
    }
}
