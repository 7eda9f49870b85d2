package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/** Conclusion: the year average of a scored subject, ĐTBmcn (TT22 Art. 9.1.b), to 0.1. */
public record YearAverage(BigDecimal value) {
}
