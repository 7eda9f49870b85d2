package vn.khaothi.itembank.domain.workflow;

/** The school roles of api-contract.md that matter to the item bank. */
public enum Role {
    ADMIN, PRINCIPAL, DEPUTY_PRINCIPAL, DEPARTMENT_HEAD, TEACHER, STUDENT
}
