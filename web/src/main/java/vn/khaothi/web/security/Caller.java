package vn.khaothi.web.security;

import java.security.Principal;
import java.util.Set;

/** The signed-in person behind a request: username, display name and roles. */
public record Caller(String username, String displayName, Set<String> roles) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
