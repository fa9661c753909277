/**
 * Per-format extraction: bytes in, a {@link nianbao.extract.Page} of lines and table rows out, so one table reader
 * serves every format.
 *
 * <ul>
 *   <li>{@link nianbao.extract.Extractors}: the registry (one line per format) and format detection (magic bytes,
 *   container entries, markup sniffing).</li>
 *   <li>TXT: {@link nianbao.extract.TextDecoder} (BOM → strict UTF-8 → ICU, GB family → GB18030).</li>
 *   <li>HTML: jsoup; {@code HtmlWalker} (lines, rows, spans via {@code SpanGrid}, layout tables), {@code JsStrings}
 *   (HTML inside escaped JavaScript strings).</li>
 *   <li>DOCX / XLSX: streamed with StAX from the ZIP ({@code OoxmlPackage}); DOC (HWPF) and XLS (HSSF) with POI.</li>
 *   <li>PDF: PDFBox glyph positions rebuilt into lines and column-aligned rows by {@code PdfLayout};
 *   {@link nianbao.extract.NoTextLayerException} for scans.</li>
 * </ul>
 *
 * Spans everywhere: a cell spanning several positions keeps its text in the first and "" in the others, so value
 * columns line up and nothing is counted twice. Every extractor is stateless and thread-safe.
 * {@link nianbao.extract.Fonts} ships a CJK font for writing PDFs.
 */
package nianbao.extract;
