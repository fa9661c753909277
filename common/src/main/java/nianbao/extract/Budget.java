package nianbao.extract;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * One document's {@link Limits} being spent, on the thread that parses it: extractor loops call {@link #tick()} (time
 * and interruption, checked every few calls) and count what they build ({@link #cells}, {@link #pages},
 * {@link #expanded}). When a limit is crossed a {@link LimitExceeded} stops the work right there, so a document that
 * timed out holds no thread, memory or core afterwards. Outside {@link #open} (a plain extractor call in a test) the
 * budget is unlimited.
 */
public final class Budget implements AutoCloseable {
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
    private static final Budget UNLIMITED = new Budget(Limits.NONE, Long.MAX_VALUE);

    private final Limits limits;
    private final long endNanos;
    private int ticks;
    private long cells;
    private long expanded;

    private Budget(Limits limits, long endNanos) {
        this.limits = limits;
        this.endNanos = endNanos;
    }

    /**
     * Starts spending {@code limits} on this thread until {@link #close()}; the time runs out at {@code endNanos}
     * ({@link System#nanoTime()}; {@link Long#MAX_VALUE} for none). Also sets POI's zip-bomb guards to the limits.
     */
    public static Budget open(Limits limits, long endNanos) {
        Budget b = new Budget(limits, endNanos);
        CURRENT.set(b);
        // POI's guards are process-wide; every document sets the same values, so this is idempotent.
        ZipSecureFile.setMinInflateRatio(limits.maxExpansion() >= Double.MAX_VALUE ? 0 : 1 / limits.maxExpansion());
        ZipSecureFile.setMaxEntrySize(Math.min(limits.maxEntryBytes(), 0xFFFFFFFFL));
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
        return b;
    }

    /** The budget of the document being parsed on this thread (unlimited when none). */
    public static Budget current() {
        Budget b = CURRENT.get();
        return b == null ? UNLIMITED : b;
    }

    /** {@link #tick()} on this thread's budget: one call in every extractor loop. */
    public static void step() {
        current().tick();
    }

    public Limits limits() {
        return limits;
    }

    @Override
    public void close() {
        if (CURRENT.get() == this) CURRENT.remove();
    }

    /** Called in every loop: stops the work once the time is spent or the thread was interrupted (cancelled). */
    public void tick() {
        if ((++ticks & 255) != 0 || this == UNLIMITED) return;
        checkTime();
    }

    /** Like {@link #tick()} but checks at once (per page, per sheet). */
    public void checkTime() {
        if (Thread.currentThread().isInterrupted()) throw new LimitExceeded("timeout: parsing was cancelled", true);
        if (endNanos != Long.MAX_VALUE && System.nanoTime() > endNanos) {
            throw new LimitExceeded("timeout: parsing took longer than " + limits.timeoutMillis() + " ms", true);
        }
    }

    /** Counts {@code n} cells (or grid positions, rows, shared strings) about to be built. */
    public void cells(long n) {
        cells += n;
        if (cells > limits.maxCells()) {
            throw new LimitExceeded("too many cells: more than " + limits.maxCells() + " (a huge or sparse grid)", false);
        }
        tick();
    }

    /** Checks a page count. */
    public void pages(int n) {
        if (n > limits.maxPages()) {
            throw new LimitExceeded("too many pages: " + n + " > " + limits.maxPages(), false);
        }
    }

    /** Checks nesting depth. */
    public void depth(int d) {
        if (d > limits.maxDepth()) throw new LimitExceeded("nesting deeper than " + limits.maxDepth(), false);
    }

    /**
     * Counts {@code n} more uncompressed bytes of the entry {@code entry} (now {@code entryBytes} long) out of an
     * archive of {@code archiveBytes}.
     */
    public void expanded(String entry, long entryBytes, long n, long archiveBytes) {
        expanded += n;
        if (entryBytes > limits.maxEntryBytes()) {
            throw new LimitExceeded("zip entry " + entry + " expands beyond " + limits.maxEntryBytes() + " bytes", false);
        }
        if (expanded > Limits.EXPANSION_GRACE && expanded > limits.maxExpansion() * archiveBytes) {
            throw new LimitExceeded("zip bomb: " + archiveBytes + " bytes expand beyond " + (long) limits.maxExpansion()
                    + " times their size", false);
        }
        tick();
    }

    /** A limit was crossed; the message is one line and names the limit. */
    public static final class LimitExceeded extends RuntimeException {
        private final boolean timeout;

        public LimitExceeded(String message, boolean timeout) {
            super(message, null, false, false);
            this.timeout = timeout;
        }

        public boolean timeout() {
            return timeout;
        }

        /** The limit found in {@code t} or its causes (extractors wrap what they catch), or null. */
        public static LimitExceeded in(Throwable t) {
            for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
                if (t instanceof LimitExceeded l) return l;
            }
            return null;
        }
    }
}
