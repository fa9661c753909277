package nianbao.extract;

import nianbao.Parsed;
import nianbao.ReportParser;
import nianbao.model.Flags;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How extraction failures surface in the report (the facade never throws). */
class FacadeExtractionTest {
    // A scanned report: the facade records no_text_layer instead of a generic parse error.
    @Test
    void scanSetsNoTextLayerFlag() throws Exception {
        byte[] blank;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            blank = out.toByteArray();
        }
        Parsed p = ReportParser.parse("s3a://b/raw/scan.pdf", blank);
        assertEquals("pdf", p.report().format());
        assertTrue(p.report().flags().contains(Flags.NO_TEXT_LAYER), p.report().flags().toString());
        assertTrue(p.report().error().startsWith("no_text_layer:"), p.report().error());
        assertNull(p.text());
    }

    @Test
    void truncatedDocxIsAParseErrorNamingTheReason() throws Exception {
        byte[] whole = FormDocs.docx();
        Parsed p = ReportParser.parse("raw/report.docx", Arrays.copyOf(whole, whole.length - 30));
        assertTrue(p.report().flags().contains(Flags.PARSE_ERROR));
        assertTrue(p.report().error().contains("corrupt docx"), p.report().error());
    }
}
