package vn.khaothi.rules.tt22;

/**
 * Conclusion: a score input breaks the scale rule. {@code code} is {@code OUT_OF_RANGE} or
 * {@code TOO_MANY_DECIMALS} (TT27 adds {@code ZERO_NOT_ALLOWED} and {@code NOT_INTEGER}).
 */
public record ScoreViolation(String field, String code, String message) {
}
