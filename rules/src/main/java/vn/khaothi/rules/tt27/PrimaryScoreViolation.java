package vn.khaothi.rules.tt27;

/**
 * Conclusion: a primary score breaks TT27. {@code code} is
 * {@code OUT_OF_RANGE} or {@code NOT_INTEGER}.
 */
public record PrimaryScoreViolation(String field, String code) {
}
