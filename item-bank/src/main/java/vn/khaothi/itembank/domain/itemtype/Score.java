package vn.khaothi.itembank.domain.itemtype;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.khaothi.itembank.domain.item.Fractions;

/**
 * The points a response earns and its state. {@code fraction} is the share of {@code maxPoints}.
 * Points keep up to 4 decimals (half-up): per-item points such as 0.25 or 0.1 are exact, and the
 * paper total is rounded by the regulations (TT22 Art. 5.3.b), not here.
 */
public record Score(BigDecimal points, BigDecimal fraction, ScoreState state) {

    public static Score unanswered() {
        return new Score(BigDecimal.ZERO, BigDecimal.ZERO, ScoreState.UNANSWERED);
    }

    public static Score needsGrading() {
        return new Score(BigDecimal.ZERO, BigDecimal.ZERO, ScoreState.NEEDS_GRADING);
    }

    /** The score for a fraction of the credit, clamped to 0–1. */
    public static Score of(BigDecimal fraction, BigDecimal maxPoints) {
        BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        ScoreState state = clamped.compareTo(BigDecimal.ONE) == 0 ? ScoreState.CORRECT
                : clamped.signum() == 0 ? ScoreState.WRONG : ScoreState.PARTIAL;
        BigDecimal points = maxPoints.multiply(clamped).setScale(4, RoundingMode.HALF_UP);
        return new Score(Fractions.normalise(points), Fractions.normalise(clamped), state);
    }
}
