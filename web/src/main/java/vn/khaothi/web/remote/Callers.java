package vn.khaothi.web.remote;

import jakarta.ws.rs.core.SecurityContext;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Caller;

/** The signed-in caller as the workflow's {@link Actor}: username and roles. */
final class Callers {

    private Callers() {
    }

    static Actor actor(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof Caller caller)) {
            throw ApiException.unauthenticated();
        }
        return caller.actor();
    }
}
