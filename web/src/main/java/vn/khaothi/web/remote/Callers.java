package vn.khaothi.web.remote;

import jakarta.ws.rs.core.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;
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
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : caller.roles()) {
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                // a role this workflow does not know gives no right here
            }
        }
        return new Actor(caller.username(), roles);
    }
}
