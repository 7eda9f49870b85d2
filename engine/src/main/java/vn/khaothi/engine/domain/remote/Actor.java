package vn.khaothi.engine.domain.remote;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * The signed-in person taking a step, named by username (api-contract.md), with their roles.
 */
public record Actor(String id, Set<Role> roles) {

    public Actor {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor has an id");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String id, Role... roles) {
        return new Actor(id, Set.of(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean is(String otherId) {
        return Objects.equals(id, otherId);
    }
}
