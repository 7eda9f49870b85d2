package vn.khaothi.engine.domain.remote;

/**
 * Well-formed but not acceptable input (HTTP 422), e.g. an OTHER reason without a written
 * explanation, evidence that is too large, an approval without a form.
 */
public final class InvalidRemoteRequestException extends RemoteAssessmentException {

    private final String field;

    public InvalidRemoteRequestException(String field, String detail, String message) {
        super(detail, message);
        this.field = field;
    }

    /** The input field at fault, for the error body. */
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "INVALID";
    }
}
