package vn.khaothi.engine.domain.attempt;

/**
 * A command that the attempt's current state does not allow (QTIWorks' {@code ensureOpen()}
 * guards: fail loudly, change nothing). {@code to} is the state the command would have led to
 * (the same state for EXTEND).
 */
public final class IllegalAttemptTransition extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final AttemptStatus from;
    private final AttemptStatus to;

    public IllegalAttemptTransition(AttemptStatus from, AttemptStatus to, String why) {
        super("Illegal attempt transition " + from + " → " + to + ": " + why);
        this.from = from;
        this.to = to;
    }

    public AttemptStatus from() {
        return from;
    }

    public AttemptStatus to() {
        return to;
    }
}
