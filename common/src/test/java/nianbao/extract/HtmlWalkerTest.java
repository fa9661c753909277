package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whitespace tidying every HTML line and cell goes through, and its shortcut for text that is already tidy. */
class HtmlWalkerTest {
    private static String tidy(String s, boolean lines) {
        StringBuilder out = new StringBuilder();
        HtmlWalker.tidy(s, out, lines);
        return out.toString();
    }

    // Word-exported text: ideographic indents, &nbsp; runs, tabs, zero-width spaces, CRLF source line breaks.
    @Test
    void collapsesRunsAndStripsEveryKindOfWhitespaceAtTheEnds() {
        assertEquals("一 二 三", tidy("\u3000\u3000 一\u00A0\u00A0二\t\u200B三 \u3000\r\n", false));
        assertEquals("一\n二 三", tidy(" 一 \r\n\n \u00A0 \n\u3000二  三\n\n", true));
        assertEquals("", tidy(" \u00A0\n\u3000\n", true));
    }

    // The shortcut must never skip a change tidy would make: checked over many small mixes of whitespace kinds.
    @Test
    void textCalledTidyIsLeftAsItIs() {
        char[] alphabet = {' ', '\t', '\n', '\r', '\u00A0', '\u200B', '\u3000', '\u000B', 'a', '一', '2'};
        Random r = new Random(7);
        int tidyOnes = 0;
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(7); i > 0; i--) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String s = sb.toString();
            if (HtmlWalker.isTidy(s)) {
                tidyOnes++;
                assertEquals(s, tidy(s, false), s);
                assertEquals(s, tidy(s, true), s);
            }
            assertTrue(HtmlWalker.isTidy(tidy(s, false)), s);
        }
        assertTrue(tidyOnes > 1000, "too few tidy samples: " + tidyOnes);
    }
}
