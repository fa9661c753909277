package nianbao.model;

/**
 * One table cell as read: where it sits, what it says, and what that means.
 * {@code value} is set only for {@link Semantic#NUMERIC} and {@link Semantic#ZERO} (or a deduced value, then
 * {@code deduced} is true and {@code raw} is null).
 */
public record Cell(String section, String rowKey, String columnKey, Number value, Semantic semantic, String raw,
                   boolean deduced) {

    /** What a cell's text means; decides null vs 0 (blank and "/" are unknown, not zero). */
    public enum Semantic { NUMERIC, ZERO, EMPTY, NA, TEXT }
}
