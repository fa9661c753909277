package nianbao.tools.generate;

import java.util.Map;

/**
 * The toned pinyin some mirror sites insert after characters when they convert a page to Traditional script
 * (「規(guī)范性文件」, 「數(shù)量」, 「港區(qū)」): every occurrence of a listed character gets its reading in parentheses.
 */
final class PinyinNoise {
    private static final Map<Character, String> READINGS = Map.ofEntries(
            Map.entry('規', "guī"), Map.entry('數', "shù"), Map.entry('區', "qū"), Map.entry('務', "wù"),
            Map.entry('開', "kāi"), Map.entry('報', "bào"), Map.entry('請', "qǐng"), Map.entry('處', "chù"),
            Map.entry('計', "jì"), Map.entry('縣', "xiàn"), Map.entry('鎮', "zhèn"), Map.entry('機', "jī"),
            Map.entry('關', "guān"), Map.entry('門', "mén"), Map.entry('復', "fù"));

    private PinyinNoise() {
    }

    static String insert(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c);
            String r = READINGS.get(c);
            if (r != null) out.append('(').append(r).append(')');
        }
        return out.toString();
    }
}
