package vn.khaothi.engine.domain.remote;

/**
 * The actor may not take this step (HTTP 403): a teacher deciding, a deputy without a current
 * delegation, a student filing for or looking at another student's request.
 */
public final class NotAllowedException extends RemoteAssessmentException {

    public NotAllowedException(String detail, String message) {
        super(detail, message);
    }

    @Override
    public String code() {
        return "NOT_ALLOWED";
    }
}
