package vn.khaothi.engine.domain.remote;

/** No such request, delegation or sitting (HTTP 404). */
public final class RemoteRequestNotFoundException extends RemoteAssessmentException {

    public RemoteRequestNotFoundException(String detail, String message) {
        super(detail, message);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
