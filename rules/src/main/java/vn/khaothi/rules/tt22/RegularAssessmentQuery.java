package vn.khaothi.rules.tt22;

/**
 * How many regular assessments (đánh giá thường xuyên) a subject needs per semester (TT22 Art. 6).
 *
 * @param periodsPerYear       periods of the subject in the school year (số tiết/năm học)
 * @param commentaryOnly       true for a subject assessed by commentary only
 * @param learningTopicCluster true for an upper-secondary subject taught with a cluster of learning
 *                             topics (cụm chuyên đề học tập), which adds one regular score a
 *                             semester (Art. 6.3)
 */
public record RegularAssessmentQuery(int periodsPerYear, boolean commentaryOnly, boolean learningTopicCluster) {

    /** A subject without a learning-topic cluster. */
    public RegularAssessmentQuery(int periodsPerYear, boolean commentaryOnly) {
        this(periodsPerYear, commentaryOnly, false);
    }
}
