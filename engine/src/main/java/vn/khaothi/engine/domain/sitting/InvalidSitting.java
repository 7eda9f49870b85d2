package vn.khaothi.engine.domain.sitting;

/**
 * A sitting that the rules do not allow; nothing was stored. Either a field is wrong (the request
 * can be corrected: {@code field} names it) or the request conflicts with what exists (a paper
 * that is not approved: {@code code} names it). The application answers it as its
 * {@code SittingProblem} — VALIDATION_FAILED with the field, or the conflict's code — the way it
 * answers an {@code IllegalAttemptTransition}.
 */
public final class InvalidSitting extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    private InvalidSitting(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** A field to correct (400 VALIDATION_FAILED). */
    public static InvalidSitting field(String field, String message) {
        return new InvalidSitting(field, null, message);
    }

    /** A conflict with what is stored, under a stable code (409). */
    public static InvalidSitting conflict(String code, String message) {
        return new InvalidSitting(null, code, message);
    }

    /** The field to correct, or null for a conflict. */
    public String field() {
        return field;
    }

    /** The conflict's code, or null for a field. */
    public String code() {
        return code;
    }
}
