package vn.khaothi.rules.tt22;

/** Conclusion: the student may retake this subject (TT22 Art. 14). */
public record RetestEligibleSubject(String subject) {
}
