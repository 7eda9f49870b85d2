package vn.khaothi.engine.domain.remote;

/**
 * A refusal of the remote-assessment workflow. {@link #code()} is what the REST layer maps to a
 * status and puts in the error body; {@link #detail()} says which rule of the workflow refused,
 * in ASCII, for the {@code details} of that body and for tests.
 */
public abstract sealed class RemoteAssessmentException extends RuntimeException
        permits NotAllowedException, ConflictException, InvalidRemoteRequestException,
                RemoteRequestNotFoundException, OnlineNotPermittedException {

    private final String detail;

    protected RemoteAssessmentException(String detail, String message) {
        super(message);
        this.detail = detail;
    }

    /** NOT_ALLOWED (403), CONFLICT (409), INVALID (422), NOT_FOUND (404), ONLINE_NOT_PERMITTED (403). */
    public abstract String code();

    public String detail() {
        return detail;
    }
}
