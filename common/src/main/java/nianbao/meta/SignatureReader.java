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
            if (d.find()) {
                year = Integer.valueOf(d.group(1));
                month = Integer.valueOf(d.group(2));
                String before = line.substring(0, d.start());
                if (isBody(before)) body = before;
                else if (i > from && isBody(tail.get(i - 1))) body = tail.get(i - 1);
                break;
            }
        }
        if (year == null && last >= 0 && isBody(tail.get(last))) body = tail.get(last);
        return new Signature(body, year, month);
    }

    private static boolean isBody(String s) {
        return BodyNames.looksLikeBody(s);
    }
}
