package vn.khaothi.engine.domain.account;

/** What a signed-in person may do. Codes are ASCII (api-contract.md); labels live in the UI. */
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
