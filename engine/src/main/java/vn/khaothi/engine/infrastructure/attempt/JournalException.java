package vn.khaothi.engine.infrastructure.attempt;

/**
 * Why an entry was not made durable: the journal is full or closed, or its transaction failed.
 * The entry was not acknowledged and must be resent by the client (that is what its local queue
 * is for).
 */
public final class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason { FULL, CLOSED, WRITE_FAILED }

    private final Reason reason;

    public JournalException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
