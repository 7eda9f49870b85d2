package vn.khaothi.rules.tt22;

/**
 * Result of a commentary-only subject (môn học đánh giá bằng nhận xét): {@code DAT} (Đạt) or
 * {@code CHUA_DAT} (Chưa đạt), TT22 Art. 9.1.a.
 */
public enum CommentaryResult {
    DAT,
    CHUA_DAT
}
