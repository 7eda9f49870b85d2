package vn.khaothi.rules.tt22;

/**
 * How many regular assessments (đánh giá thường xuyên) a subject needs per semester (TT22 Art. 6).
 *
 * @param periodsPerYear  periods of the subject in the school year (số tiết/năm học)
 * @param commentaryOnly  true for a subject assessed by commentary only
 */
public record RegularAssessmentQuery(int periodsPerYear, boolean commentaryOnly) {
}
