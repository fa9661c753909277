package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TxtExtractorTest {
    private static final String REPORT = """
            工布江达县工布江达镇2020年政府信息公开工作年度报告
            三、收到和处理政府信息公开申请情况
            本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和
            申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计
            一、本年新收政府信息公开申请数量\t7\t1\t\t\t\t\t8
            二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0
            我镇将继续加强政府信息公开工作，喆（一个不在GB2312里的字）。""";

    private final TxtExtractor txt = new TxtExtractor();

    @Test
    void seedFileRoundTripsLineByLine() throws Exception {
        Path seed = Path.of("../samples/000_1a03130d040d2924.txt");
        List<String> expected = new ArrayList<>(Files.readAllLines(seed, StandardCharsets.UTF_8));
        if (Files.readString(seed).endsWith("\n")) expected.add("");
        Page p = txt.extract(Files.readAllBytes(seed));
        assertEquals(expected, Blocks.lines(p));
        assertEquals("一、总体情况", p.blocks().get(expected.indexOf("一、总体情况")).text());
        assertFalse(p.blocks().stream().anyMatch(Page.Block::table));
    }

    // Older county portals publish GBK/GB18030 text files without any declaration.
    @Test
    void gb18030TextIsDetected() {
        Page p = txt.extract(REPORT.getBytes(TextDecoder.GB18030));
        assertEquals(REPORT.lines().toList(), Blocks.lines(p));
    }

    // Notepad-era exports: UTF-16 with a byte-order mark, both byte orders.
    @Test
    void utf16WithBomIsDecoded() {
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = REPORT.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[]{(byte) 0xFF, (byte) 0xFE}
                    : new byte[]{(byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            assertEquals(REPORT.lines().toList(), Blocks.lines(txt.extract(all)), cs.name());
        }
    }

    @Test
    void utf8BomIsStrippedAndCrLfSplits() {
        byte[] body = "\uFEFF第一行\r\n第二行\r第三行".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("第一行", "第二行", "第三行"), Blocks.lines(txt.extract(body)));
    }

    // Mirror sites convert to Traditional script and serve Big5.
    @Test
    void big5TextIsDetected() {
        String trad = "工布江達縣工布江達鎮2020年政府信息公開工作年度報告。本報告包括總體情況、主動公開政府信息情況、"
                + "收到和處理政府信息公開申請情況、政府信息公開行政複議和行政訴訟情況、存在的主要問題及改進情況。";
        assertEquals(List.of(trad), Blocks.lines(txt.extract(trad.getBytes(java.nio.charset.Charset.forName("Big5")))));
    }

    // Short GBK snippets are where detectors guess Korean or Japanese encodings; those are never right here.
    @Test
    void shortGbkSnippetStaysChinese() {
        String s = "总计：申请人情况";
        assertEquals(List.of(s), Blocks.lines(txt.extract(s.getBytes(TextDecoder.GB18030))));
    }

    // Text once mis-decoded upstream and re-saved as UTF-8 really contains U+FFFD: it is still well-formed UTF-8.
    @Test
    void utf8TextSpellingTheReplacementCharacterStaysUtf8() {
        String s = "申请人情况\uFFFD\uFFFD（原文乱码）共计8件";
        assertEquals(List.of(s), Blocks.lines(txt.extract(s.getBytes(StandardCharsets.UTF_8))));
    }

    // UTF-8 is first checked on the leading KB only; a character cut by that window must not count as malformed.
    @Test
    void utf8CharacterAcrossTheFirstKilobyteStaysUtf8() {
        String s = "x".repeat(1023) + "报告";
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charset(s.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(s), Blocks.lines(txt.extract(s.getBytes(StandardCharsets.UTF_8))));
    }

    // GBK text after a long ASCII preamble (URLs, dashes): the early UTF-8 check passes, the whole-text one must not.
    @Test
    void gbkAfterALongAsciiPreambleIsDetected() {
        String s = "-".repeat(2000) + "\n" + REPORT;
        assertEquals(TextDecoder.GB18030, TextDecoder.charset(s.getBytes(TextDecoder.GB18030)));
        assertEquals(s.lines().toList(), Blocks.lines(txt.extract(s.getBytes(TextDecoder.GB18030))));
    }

    @Test
    void charsetChoice() {
        assertEquals(StandardCharsets.UTF_8, TextDecoder.charset(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TextDecoder.GB18030, TextDecoder.charset(REPORT.getBytes(TextDecoder.GB18030)));
        assertEquals(TextDecoder.GB18030, TextDecoder.normalise("gb2312", null));
        assertEquals(TextDecoder.GB18030, TextDecoder.normalise("GBK", null));
    }
}
