package nianbao.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report year, from three sources in order of trust: the title (「2020年…年度报告」), the statistical period
 * (「统计期限为2020年1月1日至2020年12月31日」, also with dropped digits: 「202011日至20201231日」) and the signature
 * date (signed in January–June of Y+1 for year Y). Title and period disagreeing is a conflict; so is a lone source that
 * the signature contradicts. A signature that disagrees with an agreeing title and period is a typo in the signature
 * (seed 004: signed 2020年1月25日 for 2020) and is not flagged.
 */
final class YearReader {
    static final int MIN = 2007;
    static final int MAX = 2035;
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20|１９|２０)[0-9０-９]{2})年");
    /** The period's end: 2020年12月31日 and its damaged forms 20201231日, 2020年1231日. */
    private static final Pattern PERIOD_END = Pattern.compile(
            "(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})\\s*年?\\s*(?:12|１２)\\s*月?\\s*(?:31|３１)\\s*日");
    /** Words that introduce the period, searched before PERIOD_END. */
    private static final Pattern PERIOD_WORDS = Pattern.compile("统计(?:期限|时限|时间|期间|区间|范围|周期)|截[止至]|起至|至");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![0-9０-９]|〔|\\[|【)((?:19|20|１９|２０)[0-9０-９]{2})年(?![0-9０-９]{1,2}月[0-9０-９]{1,2}日前)");

    private YearReader() {
    }

    /** The year read, and whether the sources conflict. */
    record Year(Integer year, boolean conflict, String source) {
    }

    static Year read(String title, String text, SignatureReader.Signature sig) {
        return read(title, text, sig, List.of());
    }

    /** @param head the first lines (whitespace removed), where a portal prints the publication date */
    static Year read(String title, String text, SignatureReader.Signature sig, List<String> head) {
        Integer t = titleYear(title);
        Integer p = periodYear(text);
        Integer s = signatureYear(sig);
        if (t != null && p != null) return new Year(t, !t.equals(p), t.equals(p) ? "title+period" : "title");
        Integer one = t != null ? t : p;
        String source = t != null ? "title" : "period";
        if (one == null) {
            one = openingYear(text);
            source = "opening";
        }
        if (one != null) {
            boolean contradicted = sig != null && sig.year() != null && !signatureFits(one, sig);
            return new Year(one, contradicted, source);
        }
        if (s != null) return new Year(s, false, "signature");
        Integer published = publishedYear(head);
        if (published != null) return new Year(published, false, "publication date");
        Integer body = dominantYear(text);
        return new Year(body, false, body == null ? null : "body");
    }

    static Integer titleYear(String title) {
        if (title == null) return null;
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? plausible(Integer.parseInt(m.group(1))) : null;
    }

    /**
     * The year of the first period end preceded (within 40 characters) by a period word; else of a period start
     * (「统计期限自2019年1月1日起至」, 「20191月1日」) when the end is lost (a cut excerpt, dropped digits).
     */
    static Integer periodYear(String text) {
        Integer end = periodEndYear(text);
        return end != null ? end : periodStartYear(text);
    }

    /** The period's start: 2019年1月1日 and its damaged forms 20191月1日, 2019年11日, then 起 or 至. */
    private static final Pattern PERIOD_START = Pattern.compile(
            "(?<![0-9０-９])((?:19|20|１９|２０)[0-9０-９]{2})\\s*年?\\s*[0０]?[1１]\\s*月?\\s*[0０]?[1１]\\s*日\\s*(?:起|开始)?\\s*(?:至|到|—|-|－|~|～)");
    private static final Pattern PERIOD_START_WORDS = Pattern.compile("统计(?:期限|时限|时间|期间|区间|范围|周期)");

    static Integer periodStartYear(String text) {
        Matcher words = PERIOD_START_WORDS.matcher(text);
        while (words.find()) {
            Matcher m = PERIOD_START.matcher(text).region(words.end(), Math.min(text.length(), words.end() + 30));
            if (m.find()) return plausible(Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static Integer periodEndYear(String text) {
        Matcher m = PERIOD_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // The pattern is tried only just before each 「日」 (its last character): a find() over the whole text would
        // try its leading look-behind and alternation at every position of every document.
        for (int day = text.indexOf('日'); day >= 0; day = text.indexOf('日', day + 1)) {
            m.region(Math.max(0, day - PERIOD_SPAN), day + 1);
            boolean found = false;
            while (!found && m.find()) found = m.end() == day + 1; // earlier ends were tried at their own 日
            if (!found) continue;
            int from = Math.max(0, m.start() - 40);
            if (PERIOD_WORDS.matcher(text).region(from, m.start()).find()) {
                return plausible(Integer.parseInt(m.group(1)));
            }
        }
        return null;
    }

    /** 「一、总体情况」 then 「2019年，我局…」: the section that reviews the year opens with it. */
    private static final Pattern OPENING = Pattern.compile("^((?:19|20)[0-9]{2})年度?(?:[,，]|(?=[我本全]))");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布日期|发布时间|发文日期|成文日期|发布于)[:：]?((?:19|20)[0-9]{2})(?:[-/.年])([0-9]{1,2})(?:[-/.月])");

    /**
     * The year that opens the 总体情况 section (「一、总体情况」 / 「2019年，我局高度重视…」, 「2019年全县…」). A year
     * followed by anything but a comma or the body's own words (「2019年以来」, 「2019年12月」) is not the year under review.
     */
    static Integer openingYear(String text) {
        // The report's own outline (「本报告由总体情况、主动公开…组成」) names the section before its heading does.
        int seen = 0;
        for (int at = text.indexOf("总体情况"); at >= 0 && seen < 4; at = text.indexOf("总体情况", at + 1), seen++) {
            int from = at + "总体情况".length();
            String next = Lines.squeeze(text, from, Math.min(text.length(), from + 40));
            Matcher m = OPENING.matcher(next);
            if (m.find()) return plausible(Integer.parseInt(m.group(1)));
        }
        return null;
    }

    /**
     * A portal's publication date (「发布日期：2021-01-28」) in January–March of Y+1 gives Y: reports are due by the
     * end of January. Later dates are too often re-posts or mirrors, and two different dates say nothing.
     */
    static Integer publishedYear(List<String> head) {
        Integer year = null;
        for (String line : head) {
            if (line.indexOf("发") < 0 && line.indexOf("成文") < 0) continue;
            Matcher m = PUBLISHED.matcher(line);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                Integer covered = month >= 1 && month <= 3 ? plausible(y - 1) : null;
                if (covered == null || year != null && !year.equals(covered)) return null;
                year = covered;
            }
        }
        return year;
    }

    /** Longest period end looked for (「2020 年 12 月 31 日」 with spaces): far more than any report writes. */
    private static final int PERIOD_SPAN = 60;

    /** A report is signed after its year ends, usually by March and at the latest within the next year. */
    static Integer signatureYear(SignatureReader.Signature sig) {
        if (sig == null || sig.year() == null || sig.month() == null) return null;
        return sig.month() <= 6 ? plausible(sig.year() - 1) : null;
    }

    private static boolean signatureFits(int year, SignatureReader.Signature sig) {
        int y = sig.year();
        return y == year + 1 || (y == year && sig.month() != null && sig.month() == 12);
    }

    /**
     * Last resort for reports with neither title nor period (seed 001 starts at 「一、总体情况」): the year the text
     * names most, if it is named at least three times and twice as often as any other.
     */
    static Integer dominantYear(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = ANY_YEAR.matcher(text);
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        int best = -1;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                second = bestN;
                bestN = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestN >= 3 && bestN >= 2 * second ? plausible(best) : null;
    }

    private static Integer plausible(int y) {
        return y >= MIN && y <= MAX ? y : null;
    }
}
