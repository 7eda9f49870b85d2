package vn.khaothi.itembank.domain.workflow;

import vn.khaothi.itembank.domain.Refusal;

/** The step exists, but this person may not take it (REST: 403 Forbidden, code {@link #code()}). */
public class RoleNotAllowedException extends SecurityException implements Refusal {

    public RoleNotAllowedException(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }

    /** The error code REST answers with. */
    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
