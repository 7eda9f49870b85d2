package vn.khaothi.rules.tt22;

/**
 * Conclusion: the year result of a subject that stands after retests (TT22 Art. 12): the retest
 * result replaces the year result of a retested subject, the others stand.
 */
public record FinalSubjectResult(SubjectYearResult result, boolean retested) {
}
