package nianbao.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WhitespaceTest {
    @Test
    void letterSpacedHeadersLoseEveryKindOfSpace() {
        // 「自 然 人」 with an ASCII space, an ideographic space, a NO-BREAK space, a zero-width space and a BOM
        assertEquals("自然人法人", Whitespace.remove("自 然\u3000人\u00A0法\u200B人\uFEFF"));
        assertEquals("本年新制作数量", Whitespace.remove("\t本年新制作\n数量\r "));
    }

    @Test
    void textWithoutSpaceIsReturnedAsIs() {
        String s = "政府信息公开工作年度报告";
        assertSame(s, Whitespace.remove(s));
    }

    @Test
    void aRangeIsSqueezedOnItsOwn() {
        String line = "标题：某县 人民政府\n第二行";
        assertEquals("某县人民政府", Whitespace.remove(line, 3, line.indexOf('\n')));
        assertEquals("", Whitespace.remove(line, 5, 5));
    }

    @Test
    void cjkAndDigitsAreNeverSpace() {
        assertFalse(Whitespace.isSpace('一'));
        assertFalse(Whitespace.isSpace('0'));
        assertFalse(Whitespace.isSpace('，'));
        assertTrue(Whitespace.isSpace('\u2003'));
    }
}
