package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.Refusal;

/**
 * A refusal of the remote-assessment workflow. {@link #code()} is what the REST layer maps to a
 * status and puts in the error body; {@link #detail()} says which rule of the workflow refused,
 * in ASCII, for the {@code details} of that body and for tests.
 */
public abstract sealed class RemoteAssessmentException extends RuntimeException implements Refusal
        permits NotAllowedException, ConflictException, InvalidRemoteRequestException,
                RemoteRequestNotFoundException, OnlineNotPermittedException {

    private final String detail;

    protected RemoteAssessmentException(String detail, String message) {
        super(message);
        this.detail = detail;
    }

    /** NOT_ALLOWED (403), CONFLICT (409), INVALID (422), NOT_FOUND (404), ONLINE_NOT_PERMITTED (403). */
    @Override
    public abstract String code();

    @Override
    public Kind kind() {
        return switch (code()) {
            case "NOT_ALLOWED", "ONLINE_NOT_PERMITTED" -> Kind.FORBIDDEN;
            case "CONFLICT" -> Kind.CONFLICT;
            case "INVALID" -> Kind.UNPROCESSABLE;
            case "NOT_FOUND" -> Kind.NOT_FOUND;
            default -> Kind.INVALID;
        };
    }

    public String detail() {
        return detail;
    }
}
