package nianbao.read;

import nianbao.model.Cell;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a cell's text means. NUMERIC / ZERO: a number, possibly signed (+3, -3, --3, 增3, 减3), with thousands
 * separators and a unit (63365元, 1424.4万元, 3件). NA: "/", "-", "—", "无" and kin: printed, but not a value. EMPTY:
 * blank (including &nbsp;). TEXT: anything else. A blank or "/" is never 0.
 */
public final class CellValues {
    private static final Pattern NUMBER = Pattern.compile(
            "(增加|减少|增|减|\\+|--?|−)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|亿元|元|万|件|个|项|条|次|人次|宗|家|份|人)?");
    private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d\\s+\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NA = Set.of("/", "／", "\\", "-", "—", "–", "－", "―", "——", "--", "—-", "─",
            "无", "暂无", "不适用", "空", "*", "×", "x", "X", "—/—", "/ /");

    private CellValues() {
    }

    /** A classified cell. */
    public record Value(Cell.Semantic semantic, BigDecimal number, String unit) {
        static final Value EMPTY = new Value(Cell.Semantic.EMPTY, null, null);
        static final Value NA_VALUE = new Value(Cell.Semantic.NA, null, null);
        static final Value TEXT = new Value(Cell.Semantic.TEXT, null, null);
    }

    public static Value classify(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) return Value.EMPTY;
        if (s.length() <= 9 && allDigits(s)) { // the common case, "0" or "38": no regex
            long v = Long.parseLong(s);
            return v == 0 ? ZERO : new Value(Cell.Semantic.NUMERIC, BigDecimal.valueOf(v), null);
        }
        if (s.length() > 24) return Value.TEXT;
        if (s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0) {
            // "63365 元" is a number with a unit, but "1 2" is two numbers run together: not one value
            if (SPLIT_DIGITS.matcher(s).find()) return Value.TEXT;
            s = SPACES.matcher(s).replaceAll("");
        }
        if (NA.contains(s)) return Value.NA_VALUE;
        if (s.equals("零") || s.equals("〇")) return ZERO; // a zero written as a numeral
        char c0 = s.charAt(0);
        if (!(Character.isDigit(c0) || c0 == '+' || c0 == '-' || c0 == '−' || c0 == '增' || c0 == '减')) return Value.TEXT;
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) return Value.TEXT;
        BigDecimal v = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        String sign = m.group(1);
        // a doubled minus (「--253」) is a minus typed twice, not a double negation
        if (sign != null && (sign.startsWith("减") || sign.startsWith("-") || sign.equals("−"))) v = v.negate();
        return new Value(v.signum() == 0 ? Cell.Semantic.ZERO : Cell.Semantic.NUMERIC, v, m.group(4));
    }

    private static final Value ZERO = new Value(Cell.Semantic.ZERO, BigDecimal.ZERO, null);

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** True for a run of three or more dashes or equals signs: a markdown-like separator line, not a cell. */
    public static boolean isSeparator(String s) {
        String t = s.strip();
        if (t.length() < 3) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '-' && c != '=' && c != '—' && c != ':' && c != '─') return false;
        }
        return true;
    }
}
