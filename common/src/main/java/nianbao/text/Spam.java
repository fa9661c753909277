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
    /** Gambling words. Not 彩票 or 棋牌: 体育彩票, 福利彩票 and 棋牌室 are ordinary words of government reports. */
    private static final String GAMBLING = "赌博|博彩|足彩|百家乐|老虎机|娱乐城|真人视讯|六合彩|时时彩|赌场|赌球|网赌";

    /**
     * A pattern with the plain words one of which must occur for it to match (a cheap indexOf pre-check keeps the
     * regex off the 99.9 % of cells that hold no spam). When {@code atTrigger}, the pattern starts with one of the
     * words, and is tried only where a word occurs (no scan of every position of a long paragraph).
     */
    private record Rule(List<String> triggers, Pattern pattern, boolean atTrigger) {
        String strip(String s) {
            for (String t : triggers) {
                if (s.contains(t)) return atTrigger ? stripAtTriggers(s) : pattern.matcher(s).replaceAll("");
            }
            return s;
        }

        private String stripAtTriggers(String s) {
            StringBuilder out = null;
            int copied = 0;
            Matcher m = pattern.matcher(s);
            for (int i = 0; i < s.length(); ) {
                int next = -1;
                for (String t : triggers) {
                    int j = s.indexOf(t, i);
                    if (j >= 0 && (next < 0 || j < next)) next = j;
                }
                if (next < 0) break;
                m.region(next, s.length());
                if (m.lookingAt()) {
                    if (out == null) out = new StringBuilder(s.length());
                    out.append(s, copied, next);
                    copied = m.end();
                    i = m.end();
                } else {
                    i = next + 1;
                }
            }
            if (out == null) return s;
            return out.append(s, copied, s.length()).toString();
        }
    }

    private static final List<Rule> RULES = List.of(
            // 「uedbet体育_uedbet官网@:」, 「bet365体育在线」: a Latin brand name glued to 体育/官网/娱乐
            new Rule(List.of("体育", "娱乐", "官网", "彩票", "棋牌", "真人", "电竞"),
                    Pattern.compile("[A-Za-z][A-Za-z0-9]{1,15}(?:体育|娱乐|官网|彩票|棋牌|真人|电竞)(?:[_\\-]?[A-Za-z0-9]{0,15}"
                            + "(?:体育|娱乐|官网|官方网站|平台|app|APP))?(?:@:?|:)?"), false),
            // 「赌博软件app」, 「足彩app哪个是正规的」, 「正规博彩平台网址」: a gambling word plus app/site words
            new Rule(List.of(GAMBLING.split("\\|")),
                    Pattern.compile("(?:" + GAMBLING + ")"
                            + "[\\p{IsHan}A-Za-z0-9]{0,6}?(?:app|APP|App|软件|平台|网址|网站|官网|下载|娱乐){1,3}"
                            + "(?:哪个是正规的|哪个正规|哪个好|推荐|下载|官网|官方网站|排行榜?)?"), true),
            // 「澳门威尼斯人官网」, 「皇冠体育app下载」: casino brands with site words (not bare place names: 金沙县)
            new Rule(List.of("威尼斯人", "皇冠", "葡京", "美高梅", "太阳城", "银河娱乐", "永利"),
                    Pattern.compile("(?:澳门)?(?:威尼斯人|皇冠|新葡京|葡京|美高梅|太阳城|银河|永利)" + HAN + "{0,2}?"
                            + "(?:官网|官方网站|体育|娱乐|app|APP|平台|网址|下载|注册){1,3}"), false),
            // 「环球国际(中国)官方网站」, 「XX国际(中国)有限公司官网」: a foreign-brand banner with (中国)
            new Rule(List.of("(中国)"),
                    Pattern.compile(HAN + "{2,6}(?:国际|集团|娱乐)\\(中国\\)(?:官方网站|官网|有限公司官网|网站)"), false));

    private Spam() {
    }

    /** False when the text holds none of the words any spam pattern needs: then no cell of it needs {@link #strip}. */
    public static boolean mayContain(String text) {
        for (Rule r : RULES) for (String t : r.triggers()) if (text.contains(t)) return true;
        return false;
    }

    /** The text with spam removed, or the same instance when there was none. */
    public static String strip(String s) {
        String out = s;
        for (Rule r : RULES) out = r.strip(out);
        return out;
    }
}
