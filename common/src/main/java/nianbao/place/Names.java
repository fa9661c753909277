package nianbao.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name forms: province short names, the short forms reports use for autonomous prefectures and counties, and the
 * variant characters that make a report's spelling differ from the statistical codes'.
 */
public final class Names {
    /** Checked in this order, like the scorer's normalisation (tools/score.py). */
    private static final String[] PROVINCE_SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"};

    /**
     * Variant characters seen in reports, mapped to the spelling of the codes (郭楞 in reports, 郭愣 in the data; 巿,
     * U+5DFF, typed for 市). One char to one char, so positions in a text survive canonicalisation.
     */
    private static final String VARIANTS_FROM = "楞巿峯";
    private static final String VARIANTS_TO = "愣市峰";

    /**
     * 楚雄彝族自治州 → 楚雄州, 峨边彝族自治县 → 峨边县, 巴音郭楞蒙古自治州 → 巴音郭楞州: the base name, one or more
     * peoples (a few are written without 族), then 自治州/县/旗.
     */
    private static final Pattern AUTONOMOUS = Pattern.compile(
            "^(\\p{IsHan}{2,}?)(?:(?:蒙古|哈萨克|柯尔克孜|维吾尔|锡伯|塔吉克)族?|\\p{IsHan}{1,4}?族)+自治([州县旗])$");

    private Names() {
    }

    public static String provinceShort(String province) {
        if (province == null) return null;
        for (String suffix : PROVINCE_SUFFIXES) {
            if (province.endsWith(suffix) && province.length() > suffix.length()) {
                return province.substring(0, province.length() - suffix.length());
            }
        }
        return province;
    }

    /** Replaces variant characters by the codes' spelling; the result has the same length. */
    public static String canonical(CharSequence s) {
        if (!hasVariant(s)) return s.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = VARIANTS_FROM.indexOf(c);
            sb.append(k >= 0 ? VARIANTS_TO.charAt(k) : c);
        }
        return sb.toString();
    }

    private static boolean hasVariant(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (VARIANTS_FROM.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Other names a report may use for a division (not including the name itself). */
    public static List<String> aliases(String name, PlaceLevel level) {
        List<String> out = new ArrayList<>(2);
        if (level == PlaceLevel.PROVINCE) {
            String s = provinceShort(name);
            if (!s.equals(name)) out.add(s);
            return out;
        }
        if (level == PlaceLevel.PREFECTURE || level == PlaceLevel.COUNTY) {
            Matcher m = AUTONOMOUS.matcher(name);
            if (m.matches()) out.add(m.group(1) + m.group(2));
        }
        return out;
    }
}
