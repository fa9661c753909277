package nianbao.meta;

import java.util.regex.Pattern;

/**
 * Mirror sites that convert a page to Traditional script sometimes print each rarer character's reading after it:
 * 「港區(qū)管理委員會」, 「數(shù)據(jù)」. The readings split names (the agency would be cut to 「管理委员会」), so they are
 * removed before the metadata is read. Only a bracketed run of lower-case (pinyin) letters right after a Han
 * character is a reading: 「（试行）」, 「(PDF)」 and 「(2020)」 are left alone.
 */
final class PinyinNoise {
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");

    private PinyinNoise() {
    }

    /** The text without pinyin readings; the same instance when it has none. */
    static String strip(String text) {
        return READING.matcher(text).find() ? READING.matcher(text).replaceAll("") : text;
    }
}
