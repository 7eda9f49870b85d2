package vn.khaothi.rules.tt27;

import java.math.BigDecimal;

/**
 * A score offered for a primary periodic test (bài kiểm tra định kì, TT27 Art. 7): integers 0–10.
 *
 * @param field the caller's name for the input, carried into any violation
 * @param value the score as given
 */
public record PrimaryScoreEntry(String field, BigDecimal value) {

    /** True when the value has a fractional part (8.0 is an integer, 8.5 is not). */
    public boolean hasFraction() {
        return value.stripTrailingZeros().scale() > 0;
    }
}
