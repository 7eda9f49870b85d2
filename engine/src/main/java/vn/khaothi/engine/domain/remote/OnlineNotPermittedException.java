package vn.khaothi.engine.domain.remote;

/**
 * A student may not start this sitting online (HTTP 403 {@code ONLINE_NOT_PERMITTED}); carries
 * the enforcement's answer, whose reasons and citations come from the rules.
 */
public final class OnlineNotPermittedException extends RemoteAssessmentException {

    private final OnlineAttemptAnswer answer;

    public OnlineNotPermittedException(OnlineAttemptAnswer answer) {
        super("ONLINE_NOT_PERMITTED", "This periodic or retest sitting may not be taken online now; requires "
                + answer.requires());
        this.answer = answer;
    }

    public OnlineAttemptAnswer answer() {
        return answer;
    }

    @Override
    public String code() {
        return "ONLINE_NOT_PERMITTED";
    }
}
