package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.Refusal;

/**
 * A refused request about a sitting or an attempt; nothing was changed. The REST layer maps the
 * kind to a status (NOT_FOUND 404, FORBIDDEN 403, CONFLICT 409, INVALID 400, UNPROCESSABLE 422)
 * and the code to the error code; the sockets send the code as an {@code error}.
 */
public class SittingProblem extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String code;
    private final transient Object details;

    public SittingProblem(Kind kind, String code, String message, Object details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details;
    }

    public SittingProblem(Kind kind, String code, String message) {
        this(kind, code, message, null);
    }

    public static SittingProblem notFound(String what) {
        return new SittingProblem(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
    }

    public static SittingProblem forbidden(String code, String message) {
        return new SittingProblem(Kind.FORBIDDEN, code, message);
    }

    public static SittingProblem conflict(String code, String message) {
        return new SittingProblem(Kind.CONFLICT, code, message);
    }

    /** 409 NOT_YET_ADMITTED: a staggered start admits this student later, at {@code admitAt} (issue 19). */
    public static SittingProblem notYetAdmitted(java.time.Instant admitAt) {
        return new SittingProblem(Kind.CONFLICT, "NOT_YET_ADMITTED", "You will be admitted at " + admitAt,
                java.util.Map.of("admitAt", admitAt.toString()));
    }

    public static SittingProblem invalid(String field, String message) {
        return new SittingProblem(Kind.INVALID, "VALIDATION_FAILED", message,
                java.util.List.of(java.util.Map.of("field", field, "message", message)));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object details() {
        return details;
    }
}
