package nianbao.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strings that mirror and hijacked sites inject into copied reports (gambling ads replacing the site name, banners),
 * recognised by pattern, not by a list of exact strings. The patterns run on folded text (ASCII parentheses) and are
 * written so that none can backtrack badly: bounded repeats, no nested quantifiers.
 */
public final class Spam {
    private static final String HAN = "\\p{IsHan}";
    private static final List<Pattern> PATTERNS = List.of(
            // 「uedbet体育_uedbet官网@:」, 「bet365体育在线」: a Latin brand name glued to 体育/官网/娱乐
            Pattern.compile("[A-Za-z][A-Za-z0-9]{1,15}(?:体育|娱乐|官网|彩票|棋牌|真人|电竞)(?:[_\\-]?[A-Za-z0-9]{0,15}"
                    + "(?:体育|娱乐|官网|官方网站|平台|app|APP))?(?:@:?|:)?"),
            // 「赌博软件app」, 「足彩app哪个是正规的」, 「正规博彩平台网址」: a gambling word plus app/site words
            Pattern.compile(HAN + "{0,4}(?:赌博|博彩|足彩|彩票|棋牌|百家乐|老虎机|娱乐城|真人视讯|六合彩|时时彩|赌场|赌球|网赌)"
                    + "[" + "\\p{IsHan}A-Za-z0-9" + "]{0,6}?(?:app|APP|App|软件|平台|网址|网站|官网|下载|娱乐)"
                    + "(?:哪个是正规的|哪个正规|哪个好|推荐|下载|官网|官方网站|排行榜?)?"),
            // 「环球国际(中国)官方网站」, 「XX国际(中国)有限公司官网」: a foreign-brand banner with (中国)
            Pattern.compile(HAN + "{2,6}(?:国际|集团|娱乐)\\(中国\\)(?:官方网站|官网|有限公司官网|网站)"));

    private Spam() {
    }

    /** The text with spam removed, or the same instance when there was none. */
    public static String strip(String s) {
        String out = s;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(out);
            if (m.find()) out = m.replaceAll("");
        }
        return out;
    }
}
