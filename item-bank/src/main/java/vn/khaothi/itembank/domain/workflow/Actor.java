package vn.khaothi.itembank.domain.workflow;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person taking a step (người thực hiện), the one actor type of every module: a
 * username (api-contract.md names people by it), roles, and the subjects the person teaches or heads
 * (môn phụ trách; empty where a use case does not need them). A department head heads the subjects listed here. {@code delegatedApprover}: a
 * deputy principal holding a current delegation to approve materials (KT. Hiệu trưởng).
 */
public record Actor(String username, Set<Role> roles, Set<String> subjects, boolean delegatedApprover) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
        roles = Set.copyOf(roles);
        subjects = Set.copyOf(subjects);
    }

    public Actor(String username, Set<Role> roles, Set<String> subjects) {
        this(username, roles, subjects, false);
    }

    /** Someone whose subjects do not matter to the use case (remote assessment, gradebook). */
    public Actor(String username, Set<Role> roles) {
        this(username, roles, Set.of(), false);
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, Set.of(roles));
    }

    /** Whether this actor is the person named by {@code otherUsername}. */
    public boolean is(String otherUsername) {
        return Objects.equals(username, otherUsername);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isHeadOf(String subject) {
        return has(Role.DEPARTMENT_HEAD) && subjects.contains(subject);
    }

    public boolean teaches(String subject) {
        return (has(Role.TEACHER) || has(Role.DEPARTMENT_HEAD)) && subjects.contains(subject);
    }

    /** The principal, a deputy principal or the administrator: they see every sitting and result of the school. */
    public boolean isManager() {
        return has(Role.PRINCIPAL) || has(Role.DEPUTY_PRINCIPAL) || has(Role.ADMIN);
    }

    /** The principal, or a deputy principal under a current delegation to approve materials. */
    public boolean approvesForThePrincipal() {
        return has(Role.PRINCIPAL) || (has(Role.DEPUTY_PRINCIPAL) && delegatedApprover);
    }
}
