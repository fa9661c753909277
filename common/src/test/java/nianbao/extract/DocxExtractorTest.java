package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxExtractorTest {
    private final DocxExtractor docx = new DocxExtractor();

    // gridSpan and vMerge put "" in the covered positions; an empty cell stays ""; two paragraphs join with "\n".
    @Test
    void form2019TableWithSpansAndBlanks() throws Exception {
        Page p = docx.extract(FormDocs.docx());
        assertEquals(HtmlExtractorTest.EXPECTED, Blocks.rows(p));
        assertEquals(List.of("某镇2020年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"),
                Blocks.lines(p));
        assertTrue(p.blocks().get(2).table(), "the table comes between the paragraphs, in document order");
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", p.blocks().get(p.blocks().size() - 1).text());
    }

    // Downloads cut short by a flaky portal: the archive is truncated.
    @Test
    void truncatedDocxGivesClearError() throws Exception {
        byte[] whole = FormDocs.docx();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        IOException e = assertThrows(IOException.class, () -> docx.extract(cut));
        assertTrue(e.getMessage().startsWith("corrupt docx"), e.getMessage());
        assertEquals(Format.DOCX, Extractors.detect(cut, "report.docx"));
    }
}
