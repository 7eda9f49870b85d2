package vn.khaothi.rules.tt22;

/** Conclusion: regular assessments required per semester (TT22 Art. 6). */
public record RequiredRegularAssessments(int perSemester) {
}
