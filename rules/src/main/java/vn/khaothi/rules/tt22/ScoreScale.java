package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of TT22 scores: one decimal place, rounded half-up (TT22 Art. 5.3.b), always in
 * {@link BigDecimal} because 8.25 has no exact binary representation and a {@code double} would
 * round it down.
 */
public final class ScoreScale {

    /** One decimal place (TT22 Art. 5.3.b). */
    public static final int DECIMALS = 1;

    private ScoreScale() {
    }

    /** {@code numerator / denominator}, the exact quotient rounded half-up to 0.1. */
    public static BigDecimal divideHalfUp(BigDecimal numerator, int denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * A score as entered, taken to one decimal when it has more (Art. 5.3.b: 8.25 → 8.3); a score
     * with at most one decimal is kept as written (8 stays 8). The rule {@code ScoreRoundedOnEntry}
     * explains each rounding; the facts the averages read are built from these values.
     */
    public static BigDecimal onEntry(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > DECIMALS ? roundHalfUp(value) : value;
    }

    /** A value rounded half-up to 0.1: 8.25 → 8.3, 5.4875 → 5.5. */
    public static BigDecimal roundHalfUp(BigDecimal value) {
        return value.setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
