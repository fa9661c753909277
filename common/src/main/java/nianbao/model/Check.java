package nianbao.model;

/**
 * The outcome of one validation rule over one part of a table, e.g. 勾稽 for the 自然人 column.
 * A rule over unknown values is {@link Outcome#NOT_ASSESSABLE}, never a failure.
 */
public record Check(String rule, Outcome outcome, String detail) {
    public enum Outcome { PASS, FAIL, NOT_ASSESSABLE }
}
