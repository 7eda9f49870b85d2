package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One answer of a cloze gap: an accepted text, a number with a tolerance, or (for a choice gap) an
 * option with its credit. {@code id} names a choice option (positional A, B, … otherwise unused).
 */
public record GapAnswer(String id, String text, BigDecimal tolerance, BigDecimal fraction, RichText feedback) {

    public GapAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        tolerance = Fractions.normalise(tolerance == null ? BigDecimal.ZERO : tolerance);
        fraction = Fractions.normalise(fraction == null ? BigDecimal.ZERO : fraction);
        feedback = feedback == null ? RichText.EMPTY : feedback;
    }
}
