package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/** The two semester averages (ĐTBmhkI, ĐTBmhkII) of a scored subject. */
public record YearScores(BigDecimal semester1, BigDecimal semester2) {
}
