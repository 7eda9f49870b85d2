package vn.khaothi.rules.tt22;

/**
 * Conclusion: a score input breaks the scale rule. {@code code} is {@code OUT_OF_RANGE} or
 * {@code TOO_MANY_DECIMALS} is no longer raised: Art. 5.3.b rounds instead (TT27 adds {@code NOT_INTEGER}).
 */
public record ScoreViolation(String field, String code, String message) {
}
