package nianbao.extract;

/**
 * What one document may cost the parser, so a pathological file costs at most its limits and never takes a task, an
 * executor or the driver down (issue 18). The ingest builds them from {@code nianbao.limit.*} settings; {@link #DEFAULT}
 * holds the documented defaults (docs/tables.md, "Limits per document").
 *
 * @param maxBytes      a document larger than this is not parsed (the ingest does not even read it)
 * @param timeoutMillis parse time budget; 0 = none
 * @param maxPages      PDF pages
 * @param maxCells      table cells and rows laid out (sparse grids count every position they would fill),
 *                      shared strings and merged positions included
 * @param maxZipEntries entries in a DOCX/XLSX archive
 * @param maxEntryBytes uncompressed size of one archive entry
 * @param maxExpansion  uncompressed bytes read from an archive / archive bytes (zip bombs), beyond a 16 MiB grace
 * @param maxDepth      element nesting in HTML and XML
 * @param maxTextChars  extracted text kept for the {@code documents.text} column (longer text is cut, not an error)
 */
public record Limits(long maxBytes, long timeoutMillis, int maxPages, long maxCells, int maxZipEntries,
                     long maxEntryBytes, double maxExpansion, int maxDepth, int maxTextChars)
        implements java.io.Serializable {
    /** Uncompressed bytes any archive may expand to before {@link #maxExpansion} applies. */
    static final long EXPANSION_GRACE = 16L << 20;

    public static final Limits DEFAULT = new Limits(64L << 20, 60_000, 1_000, 1_000_000, 1_000,
            64L << 20, 100, 256, 4_000_000);

    /** No limit at all except the byte size (tests and tools that measure the parser alone). */
    public static final Limits NONE = new Limits(Long.MAX_VALUE, 0, Integer.MAX_VALUE, Long.MAX_VALUE,
            Integer.MAX_VALUE, Long.MAX_VALUE, Double.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public Limits withTimeoutMillis(long ms) {
        return new Limits(maxBytes, ms, maxPages, maxCells, maxZipEntries, maxEntryBytes, maxExpansion, maxDepth,
                maxTextChars);
    }
}
