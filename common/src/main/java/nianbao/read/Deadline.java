package nianbao.read;

/**
 * A time budget checked cooperatively inside the reader's loops, so that a pathological document stops with a clear
 * error instead of hanging a Spark task.
 */
public final class Deadline {
    private final long endNanos;
    private final long budgetMillis;

    private Deadline(long budgetMillis) {
        this.budgetMillis = budgetMillis;
        this.endNanos = budgetMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + budgetMillis * 1_000_000L;
    }

    /** A deadline {@code millis} from now; 0 or less means none. */
    public static Deadline in(long millis) {
        return new Deadline(millis);
    }

    public static Deadline none() {
        return new Deadline(0);
    }

    /** Throws {@link Exceeded} once the budget is spent. */
    public void check() {
        if (endNanos != Long.MAX_VALUE && System.nanoTime() > endNanos) throw new Exceeded(budgetMillis);
    }

    /** The budget was spent. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded(long millis) {
            super("reading took longer than " + millis + " ms", null, false, false);
        }
    }
}
