package vn.khaothi.itembank.domain.workflow;

import java.util.Set;

/**
 * Who asks for a transition: a username, roles, and the subjects the person teaches or heads
 * (môn phụ trách). A department head heads the subjects listed here.
 */
public record Actor(String username, Set<Role> roles, Set<String> subjects) {

    public Actor {
        roles = Set.copyOf(roles);
        subjects = Set.copyOf(subjects);
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
}
