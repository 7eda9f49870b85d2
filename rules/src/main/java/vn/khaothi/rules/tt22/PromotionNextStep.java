package vn.khaothi.rules.tt22;

/**
 * Conclusion: what a student who is not promoted yet does next (TT22 Art. 12.2): {@code
 * SUMMER_CONDUCT_TRAINING} (Art. 13) or {@code RETEST} (Art. 14).
 */
public record PromotionNextStep(String code) {
}
