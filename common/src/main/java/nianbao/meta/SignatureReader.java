package nianbao.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the signature at the end of a report: the signing body and the date, on one line or two
 * (「工布江达镇人民政府」 / 「2021年1月31日」).
 */
final class SignatureReader {
    private static final int TAIL_LINES = 8;
    private static final Pattern DATE = Pattern.compile("((?:19|20|１９|２０)[0-9０-９]{2})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日?$");
    /** 二〇二一年一月三十一日, as formal documents date themselves. */
    private static final Pattern HAN_DATE = Pattern.compile("([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");
    private static final String HAN_DIGITS = "〇一二三四五六七八九";

    private SignatureReader() {
    }

    /** The signing body (null if none) and the date (null if none). */
    record Signature(String body, Integer year, Integer month) {
    }

    static Signature read(List<String> tail) {
        String body = null;
        Integer year = null;
        Integer month = null;
        int last = tail.size() - 1;
        int from = Math.max(0, tail.size() - TAIL_LINES);
        for (int i = last; i >= from; i--) {
            String line = tail.get(i);
            Matcher d = DATE.matcher(line);
            boolean digits = d.find();
            if (!digits) {
                d = HAN_DATE.matcher(line);
                if (!d.find()) continue;
            }
            year = digits ? Integer.valueOf(d.group(1)) : hanYear(d.group(1));
            month = digits ? Integer.valueOf(d.group(2)) : hanNumber(d.group(2));
            String before = line.substring(0, d.start());
            if (isBody(before)) body = before;
            else if (i > from && isBody(tail.get(i - 1))) body = tail.get(i - 1);
            break;
        }
        if (year == null && last >= 0 && isBody(tail.get(last))) body = tail.get(last);
        return new Signature(body, year, month);
    }

    private static int hanYear(String s) {
        int y = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i) == '零' || s.charAt(i) == '○' ? '〇' : s.charAt(i);
            y = y * 10 + HAN_DIGITS.indexOf(c);
        }
        return y;
    }

    /** 一 … 九, 十, 十一, 十二 (months). */
    private static int hanNumber(String s) {
        if (s.equals("十")) return 10;
        if (s.startsWith("十")) return 10 + HAN_DIGITS.indexOf(s.charAt(1));
        return HAN_DIGITS.indexOf(s.charAt(0));
    }

    private static boolean isBody(String s) {
        return BodyNames.looksLikeBody(s);
    }
}
