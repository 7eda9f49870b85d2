package vn.khaothi.web.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * The signed-in person behind a request (the JAX-RS principal): username, display name and the
 * roles of the bearer token. The modules below web know the same person as an {@link Actor}.
 */
public record Caller(String username, String displayName, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The engine's and the bank's view of this caller; a role no module knows gives no right. */
    public Actor actor() {
        Set<Role> known = EnumSet.noneOf(Role.class);
        for (String role : roles) {
            try {
                known.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                // a token from an older version may carry a role that no longer exists
            }
        }
        return new Actor(username, known);
    }
}
