package vn.khaothi.engine.domain.paper;

/**
 * Where a paper (đề kiểm tra) stands in approval (trạng thái duyệt đề): the subject group and then
 * the principal approve it before a sitting may use it (regulations.md §5). The names are the
 * stored {@code paper.status} values and the API's.
 */
public enum PaperStatus {
    /** Bản nháp — generated, waiting for the department head. */
    DRAFT,
    /** Tổ chuyên môn đã duyệt — approved by the subject group, waiting for the principal. */
    GROUP_APPROVED,
    /** Đã duyệt — approved by the principal; final, usable by sittings; a change is a new paper. */
    APPROVED,
    /** Bị từ chối — refused at either step; final, a new paper is generated instead. */
    REJECTED
}
