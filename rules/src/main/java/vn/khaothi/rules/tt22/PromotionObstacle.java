package vn.khaothi.rules.tt22;

/**
 * Conclusion: one promotion condition of TT22 Art. 12.1 is not met. {@code code} is
 * {@code LEARNING_RESULT}, {@code CONDUCT_RESULT} or {@code ABSENCE}.
 */
public record PromotionObstacle(String code) {
}
