package vn.khaothi.itembank.domain.workflow;

import java.util.Set;

/**
 * Who asks for a transition: a username, roles, and the subjects the person teaches or heads
 * (môn phụ trách). A department head heads the subjects listed here. {@code delegatedApprover}: a
 * deputy principal holding a current delegation to approve materials (KT. Hiệu trưởng).
 */
public record Actor(String username, Set<Role> roles, Set<String> subjects, boolean delegatedApprover) {

    public Actor {
        roles = Set.copyOf(roles);
        subjects = Set.copyOf(subjects);
    }

    public Actor(String username, Set<Role> roles, Set<String> subjects) {
        this(username, roles, subjects, false);
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

    /** The principal, or a deputy principal under a current delegation to approve materials. */
    public boolean approvesForThePrincipal() {
        return has(Role.PRINCIPAL) || (has(Role.DEPUTY_PRINCIPAL) && delegatedApprover);
    }
}
