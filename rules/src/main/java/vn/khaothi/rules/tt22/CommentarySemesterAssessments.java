package vn.khaothi.rules.tt22;

/**
 * The assessments of a commentary-only subject in one semester (môn đánh giá bằng nhận xét):
 * how many were required, how many were taken and how many of those were {@code CHUA_DAT}.
 */
public record CommentarySemesterAssessments(int required, int taken, int failed) {
}
