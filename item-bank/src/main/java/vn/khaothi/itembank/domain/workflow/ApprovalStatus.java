package vn.khaothi.itembank.domain.workflow;

/**
 * Where an item stands in approval (trạng thái duyệt): materials are approved by the subject group
 * and then by the principal before use (regulations.md §5).
 */
public enum ApprovalStatus {
    /** Bản nháp — being written. */
    DRAFT,
    /** Đã gửi duyệt — waiting for the subject group. */
    SUBMITTED,
    /** Tổ chuyên môn đã duyệt — approved by the subject group, waiting for the principal. */
    GROUP_APPROVED,
    /** Đã ban hành — approved by the principal; usable in papers. */
    PUBLISHED,
    /** Ngừng sử dụng — no longer used in new papers. */
    RETIRED
}
