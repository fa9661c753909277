package nianbao.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings that some mirror sites insert after characters of a Traditional-script copy
 * (「規(guī)范性文件」, 「數(shù)量」, 「港區(qū)」): they split every label and form token they land in. A reading is
 * taken out only when it follows a Han character and carries a tone mark, which ordinary text in parentheses
 * (units, English abbreviations) does not. Full-width brackets count too, for text not folded yet (the metadata reader
 * may be given raw text).
 */
public final class Pinyin {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（]([a-zü" + TONED + "]{1,6})[)）]");

    private Pinyin() {
    }

    /** Cheap pre-check: true when the text holds a tone-marked vowel at all. */
    public static boolean mayContain(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x00E0 && c <= 0x01DC && TONED.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** The text without pinyin readings; {@code s} itself when there are none. */
    public static String strip(String s) {
        if (!mayContain(s)) return s;
        Matcher m = READING.matcher(s);
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (!hasTone(m.group(1))) continue;
            if (sb == null) sb = new StringBuilder(s.length());
            sb.append(s, last, m.start());
            last = m.end();
        }
        if (sb == null) return s;
        return sb.append(s, last, s.length()).toString();
    }

    private static boolean hasTone(String syllable) {
        for (int i = 0; i < syllable.length(); i++) if (TONED.indexOf(syllable.charAt(i)) >= 0) return true;
        return false;
    }
}
