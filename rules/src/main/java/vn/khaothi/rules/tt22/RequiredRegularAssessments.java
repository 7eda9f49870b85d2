package vn.khaothi.rules.tt22;

/**
 * Conclusion: regular assessments required per semester (TT22 Art. 6).
 *
 * @param perSemester      the number of regular scores (or assessments) each semester
 * @param topicClusterAdded true once Art. 6.3 added the learning-topic cluster's score
 */
public record RequiredRegularAssessments(int perSemester, boolean topicClusterAdded) {

    public RequiredRegularAssessments(int perSemester) {
        this(perSemester, false);
    }
}
