package vn.khaothi.engine.domain.attempt;

/**
 * A command that the attempt's current state does not allow (QTIWorks' {@code ensureOpen()}
 * guards: fail loudly, change nothing). {@code to} is the state the command would have led to
 * (the same state for EXTEND).
 */
public final class IllegalAttemptTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the command was refused, so callers choose a code without reading the message. */
    public enum Cause {
        /** The state does not allow this command (the generic refusal). */
        STATE,
        /** The attempt's own deadline has passed. */
        TIME_UP,
        /** The sitting's close leaves no room for more time. */
        PAST_CLOSE
    }

    private final AttemptStatus from;
    private final AttemptStatus to;
    private final Cause cause;

    public IllegalAttemptTransition(AttemptStatus from, AttemptStatus to, String why) {
        this(from, to, Cause.STATE, why);
    }

    public IllegalAttemptTransition(AttemptStatus from, AttemptStatus to, Cause cause, String why) {
        super("Illegal attempt transition " + from + " → " + to + ": " + why);
        this.from = from;
        this.to = to;
        this.cause = cause;
    }

    public Cause cause() {
        return cause;
    }

    public AttemptStatus from() {
        return from;
    }

    public AttemptStatus to() {
        return to;
    }
}
