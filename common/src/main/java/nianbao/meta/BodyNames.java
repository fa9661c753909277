package nianbao.meta;

import java.util.regex.Pattern;

/** What the name of a reporting body looks like: Han characters ending in an institution or place word. */
final class BodyNames {
    private static final Pattern BODY = Pattern.compile(
            "^\\p{IsHan}[\\p{IsHan}（）()]{1,39}(?:政府|办事处|委员会|管委会|局|厅|办公室|办|部|署|院|中心|所|站|队|委|会|行|"
                    + "镇|乡|街道|苏木|县|区|市|旗|州|盟|省)$");
    private static final Pattern NOT_BODY = Pattern.compile("^(?:附件|附表|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");

    private BodyNames() {
    }

    static boolean looksLikeBody(String s) {
        return s != null && s.length() >= 3 && BODY.matcher(s).matches() && !NOT_BODY.matcher(s).find();
    }
}
