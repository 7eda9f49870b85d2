package vn.khaothi.web.security;

import java.util.EnumSet;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * Who may call a resource (đối tượng được phép): the role sets the API uses, named once so that
 * an {@code @Allowed} reads as a sentence and a role set is never typed out twice. The teachers'
 * sets always include the head of a subject group, who is a teacher too.
 */
public enum Audience {
    /** Every signed-in role. */
    EVERYONE(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL, Role.ADMIN, Role.STUDENT),
    /** Everyone of the school but the administrator. */
    SCHOOL_MEMBERS(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL, Role.STUDENT),
    /** The school's staff: teachers, heads of subject groups, the principal and deputies, the administrator. */
    STAFF(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL, Role.ADMIN),
    /** Teachers and the school's leaders (no administrator). */
    TEACHERS_AND_LEADERS(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL),
    /** Teachers, the principal and the administrator. */
    TEACHERS_PRINCIPAL_AND_ADMIN(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.ADMIN),
    /** Teachers and the administrator (the bank's editors). */
    TEACHERS_AND_ADMIN(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.ADMIN),
    /** Teachers and students. */
    TEACHERS_AND_STUDENTS(Role.TEACHER, Role.DEPARTMENT_HEAD, Role.STUDENT),
    /** Teachers (and heads of subject groups). */
    TEACHERS(Role.TEACHER, Role.DEPARTMENT_HEAD),
    /** Those who approve materials: heads of subject groups, the principal, deputies. */
    APPROVERS(Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL),
    /** The approvers and the administrator. */
    APPROVERS_AND_ADMIN(Role.DEPARTMENT_HEAD, Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL, Role.ADMIN),
    /** Heads of subject groups (tổ trưởng). */
    DEPARTMENT_HEADS(Role.DEPARTMENT_HEAD),
    /** The principal and deputies (ban giám hiệu). */
    LEADERS(Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL),
    /** The principal, deputies and the administrator. */
    LEADERS_AND_ADMIN(Role.PRINCIPAL, Role.DEPUTY_PRINCIPAL, Role.ADMIN),
    /** The principal and the administrator. */
    PRINCIPAL_AND_ADMIN(Role.PRINCIPAL, Role.ADMIN),
    ADMIN(Role.ADMIN),
    STUDENTS(Role.STUDENT);

    private final Set<Role> roles;

    Audience(Role first, Role... rest) {
        this.roles = Set.copyOf(EnumSet.of(first, rest));
    }

    public Set<Role> roles() {
        return roles;
    }
}
