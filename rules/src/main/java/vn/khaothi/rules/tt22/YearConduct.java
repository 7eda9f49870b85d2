package vn.khaothi.rules.tt22;

/** Conclusion: the year conduct level (TT22 Art. 8). */
public record YearConduct(LearningLevel level) {
}
