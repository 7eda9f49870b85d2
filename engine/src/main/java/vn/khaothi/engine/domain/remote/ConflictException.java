package vn.khaothi.engine.domain.remote;

/**
 * The step does not fit the request's current status (HTTP 409): deciding twice, withdrawing
 * after a decision, or a concurrent change that got there first.
 */
public final class ConflictException extends RemoteAssessmentException {

    public ConflictException(String detail, String message) {
        super(detail, message);
    }

    @Override
    public String code() {
        return "CONFLICT";
    }
}
