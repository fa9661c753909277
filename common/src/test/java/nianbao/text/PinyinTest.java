package nianbao.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class PinyinTest {
    @Test // mirror copies insert toned pinyin after characters: 「規(guī)范性文件」「數(shù)量」
    void readingsAfterHanCharactersAreRemoved() {
        assertEquals("規范性文件 對外公開總數量 信息內容", Pinyin.strip("規(guī)范性文件 對外公開總數(shù)量 信息內(nèi)容"));
        assertEquals("规范性文件", TextNormalizer.normalize("規(guī)范性文件"));
        assertEquals("港區管理委員會", Pinyin.strip("港區（qū）管理委員會")); // raw text, not folded yet
    }

    @Test // ordinary parentheses stay: units, abbreviations, numbering, untoned latin
    void otherParenthesesStay() {
        String s = "采购总金额(万元) 面积(km) 第(一)项 APP(app) (ā)";
        assertSame(s, Pinyin.strip(s));
    }

    @Test // row numbers typed as one enclosed character take their compatibility form, so labels lose them as usual
    void enclosedNumbersFold() {
        assertEquals("(一)予以公开 (1)属于国家秘密 1.重复申请", TextNormalizer.fold("㈠予以公开 ⑴属于国家秘密 ⒈重复申请"));
    }
}
