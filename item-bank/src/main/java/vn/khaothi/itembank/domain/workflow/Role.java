package vn.khaothi.itembank.domain.workflow;

/**
 * What a signed-in person may do (vai trò), the one role type of every module: accounts store it,
 * the approval workflow asks it. Codes are ASCII (api-contract.md); labels live in the UI. It lives
 * here because item-bank is the lowest module the engine and web share.
 */
public enum Role {
    ADMIN,
    /** Hiệu trưởng: approves materials, authorises remote periodic assessments. */
    PRINCIPAL,
    /** Phó hiệu trưởng: decides on the principal's behalf only under a recorded delegation. */
    DEPUTY_PRINCIPAL,
    /** Tổ trưởng chuyên môn: head of a subject group. */
    DEPARTMENT_HEAD,
    TEACHER,
    STUDENT
}
