package nianbao.jobs.cli;

/**
 * A mistake in how a command was called, found before anything ran: a bad option value, or a path that cannot be
 * used as given. {@code Main} prints its message as one line and exits 2.
 */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
