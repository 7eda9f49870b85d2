package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/** Conclusion: the semester average of a scored subject, ĐTBmhk (TT22 Art. 9.1.b), to 0.1. */
public record SemesterAverage(BigDecimal value) {
}
