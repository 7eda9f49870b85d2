package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;

/**
 * An accepted number with its tolerance (±, absolute) and credit. A {@code null} value is the
 * catch-all "any other answer" (Moodle's {@code *}), which only carries feedback.
 */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, RichText feedback) {

    public NumericAnswer {
        value = Fractions.normalise(value);
        tolerance = Fractions.normalise(tolerance == null ? BigDecimal.ZERO : tolerance);
        fraction = Fractions.normalise(fraction == null ? BigDecimal.ONE : fraction);
        feedback = feedback == null ? RichText.EMPTY : feedback;
    }

    public boolean isCatchAll() {
        return value == null;
    }

    public boolean accepts(BigDecimal number) {
        return value != null && number.subtract(value).abs().compareTo(tolerance) <= 0;
    }
}
