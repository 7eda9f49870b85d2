package vn.khaothi.engine.domain.marking;

import java.math.BigDecimal;

/**
 * How a sitting is marked, chosen when it is scheduled: blind marking (chấm phách — markers see a
 * code, not the student's name, until the names are released) and double marking (chấm hai vòng —
 * two markers independently; when their marks differ by more than {@code threshold} points, a
 * third marker or the department head decides).
 */
public record MarkingPolicy(boolean blind, boolean doubleMarking, BigDecimal threshold) {

    public static final MarkingPolicy SINGLE = new MarkingPolicy(false, false, null);

    /** The largest threshold that makes sense: a whole 10-point test. */
    static final BigDecimal MAX_THRESHOLD = BigDecimal.TEN;

    public MarkingPolicy {
        if (doubleMarking) {
            if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(MAX_THRESHOLD) > 0) {
                throw new MarkingRefused("VALIDATION_FAILED", null, "markingThreshold",
                        "Double marking needs a disagreement threshold above 0 and at most 10 points");
            }
            if (threshold.stripTrailingZeros().scale() > 2) {
                throw new MarkingRefused("VALIDATION_FAILED", null, "markingThreshold",
                        "The threshold has at most two decimals");
            }
        } else {
            threshold = null;
        }
    }
}
