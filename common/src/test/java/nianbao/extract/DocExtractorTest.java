package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocExtractorTest {
    /** form2019-section3.docx (written by {@link FormDocs}) converted once by LibreOffice to Word 97. */
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/form2019-section3.doc");

    // Older agencies still publish Word 97 attachments: a .doc has no gridSpan, merged cells are just wider.
    @Test
    void form2019TableFromWord97() throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        assertEquals(Format.DOC, Extractors.detect(bytes, "report.bin"));
        Page p = new DocExtractor().extract(bytes);
        // Word 97 keeps no grid: no row has a cell boundary between grid columns 2 and 3 (both are always covered by
        // one cell), so the rebuilt grid has 9 columns, not 10. The value columns still line up.
        List<List<String>> expected = HtmlExtractorTest.EXPECTED.stream().map(r -> {
            List<String> c = new java.util.ArrayList<>(r);
            c.remove(2);
            return c;
        }).toList();
        assertEquals(expected, Blocks.rows(p));
        assertEquals(List.of("某镇2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                Blocks.lines(p));
    }
}
