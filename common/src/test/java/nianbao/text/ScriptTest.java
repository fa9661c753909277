package nianbao.text;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptTest {
    @Test // traditional-only.txt is derived from ICU: it must list exactly the characters ICU changes (U+3400–U+9FFF)
    void traditionalOnlyListMatchesIcu() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder missing = new StringBuilder();
        StringBuilder extra = new StringBuilder();
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            String s = String.valueOf(c);
            boolean changes = !t.transliterate(s).equals(s);
            if (changes && !Script.isTraditionalOnly(c)) missing.append(c);
            if (!changes && Script.isTraditionalOnly(c)) extra.append(c);
        }
        assertEquals("", missing.toString(), "missing from traditional-only.txt (regenerate it)");
        assertEquals("", extra.toString(), "not Traditional-only per ICU");
    }

    @Test // a Simplified report is left alone; 總計/申請/減3 from a mirror are converted
    void convertsOnlyTraditional() {
        assertFalse(Script.hasTraditional("一、本年新收政府信息公开申请数量 总计 乾隆 俱乐部 著名 摔跤"));
        assertTrue(Script.hasTraditional("（七）總計"));
        assertEquals("总计 申请 减3", Script.toSimplified("總計 申請 減3"));
    }

    @Test // full-width punctuation and digits fold; no-break and ideographic spaces become spaces
    void foldsWidths() {
        assertEquals("(一)予以公开 12:3", TextNormalizer.fold("（一）予以公开\u3000１２：３"));
        assertEquals("a b", TextNormalizer.fold("a\u00A0b"));
    }

    @Test // spam is cut out without eating the report's own words around it
    void spamKeepsSurroundingText() {
        assertEquals("通过(紫溪镇子网站)公布", Spam.strip("通过赌博软件app(紫溪镇子网站)公布"));
        assertEquals("西柳镇人民政府", Spam.strip("uedbet体育_uedbet官网@:西柳镇人民政府"));
        assertEquals("武汉市", Spam.strip("环球国际(中国)官方网站武汉市"));
        assertEquals("长沙市", Spam.strip("足彩app哪个是正规的长沙市"));
        assertEquals("某镇", Spam.strip("澳门威尼斯人官网某镇"));
        assertEquals("某镇人民政府", Spam.strip("皇冠体育app下载某镇人民政府"));
        for (String legit : new String[]{"市体育局2020年政府信息公开工作年度报告", "体育彩票公益金使用情况在官网公开",
                "组织老年人棋牌娱乐活动", "福利彩票销售平台", "金沙县人民政府官网"}) {
            assertEquals(legit, Spam.strip(legit));
        }
    }
}
