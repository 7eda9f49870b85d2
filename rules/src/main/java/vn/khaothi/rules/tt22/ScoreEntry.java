package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/**
 * A score offered for validation on the TT22 0–10 scale (điểm số, TT22 Art. 5.3.b).
 *
 * @param field the caller's name for the input, carried into any violation
 * @param value the score as given
 */
public record ScoreEntry(String field, BigDecimal value) {

    /** Digits after the decimal point once trailing zeros are dropped: 8.50 has one, 8 has none. */
    public int fractionDigits() {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
