package nianbao.meta;

import nianbao.model.ReportBuilder;

/**
 * Reads a report's metadata from its text: agency, report year, is_department, level and place (via the gazetteer).
 * Fills the builder's agency, reportYear, isDepartment, level, province, prefecture, county, placeCode,
 * placeEvidence and the metadata flags. Thread-safe.
 */
public final class MetadataReader {
    private MetadataReader() {
    }

    /**
     * @param text      the report's text (already normalised to Simplified script, spam removed)
     * @param sourceUrl where the file came from, or null
     * @param path      the file's path or URI (a gov.cn host in it is evidence too), or null
     */
    public static void read(String text, String sourceUrl, String path, ReportBuilder b) {
        // Filled in by the metadata/gazetteer work.
    }
}
