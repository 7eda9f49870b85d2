package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a choice item (phương án). {@code fraction} is the share of the item's points it
 * is worth when chosen (1 = the key, 0 = a distractor, negative = a penalty in multiple response).
 * A {@code locked} option — "Tất cả các ý trên", "Cả A và B" — keeps its place when options are shuffled.
 */
public record Choice(String id, RichText text, BigDecimal fraction, RichText feedback, boolean locked) {

    public Choice {
        Objects.requireNonNull(id, "id");
        text = text == null ? RichText.EMPTY : text;
        fraction = Fractions.normalise(fraction == null ? BigDecimal.ZERO : fraction);
        feedback = feedback == null ? RichText.EMPTY : feedback;
    }

    public boolean isCorrect() {
        return fraction.signum() > 0;
    }
}
