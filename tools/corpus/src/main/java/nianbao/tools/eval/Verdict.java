package nianbao.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/**
 * The verdict on one output value against the truth: exact (null = null counts), invented (truth null, a value output:
 * the worst error), missed (truth has a value, output null) or wrong.
 */
public enum Verdict {
    EXACT, INVENTED, MISSED, WRONG;

    public static Verdict of(JsonNode truth, JsonNode got) {
        boolean t = present(truth), g = present(got);
        if (!t && !g) return EXACT;
        if (!t) return INVENTED;
        if (!g) return MISSED;
        return same(truth, got) ? EXACT : WRONG;
    }

    static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    /** Numbers compare by value (5344 = 5344.0); everything else by its text. */
    static boolean same(JsonNode a, JsonNode b) {
        BigDecimal x = number(a), y = number(b);
        if (x != null && y != null) return x.compareTo(y) == 0;
        return a.asText().trim().equals(b.asText().trim());
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) return n.decimalValue();
        return null;
    }
}
