package vn.khaothi.itembank.domain.workflow;

/** The step exists, but this person may not take it (REST: 403 Forbidden, code {@link #code()}). */
public class RoleNotAllowedException extends SecurityException {

    public RoleNotAllowedException(String message) {
        super(message);
    }

    /** The error code REST answers with. */
    public String code() {
        return "FORBIDDEN";
    }
}
