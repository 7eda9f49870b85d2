package vn.khaothi.engine.application.sitting;

import java.util.Set;

/** Who asks: a signed-in account's username and roles (from the bearer token). */
public record Viewer(String username, Set<String> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Principal, deputy principal and administrator see every sitting of the school. */
    public boolean isManager() {
        return has("PRINCIPAL") || has("DEPUTY_PRINCIPAL") || has("ADMIN");
    }
}
