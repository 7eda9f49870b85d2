package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An accepted text with its credit. {@code *} in the text matches any run of characters (Moodle's
 * wildcard), so {@code "*"} alone is a catch-all.
 */
public record TextAnswer(String text, BigDecimal fraction, RichText feedback) {

    public TextAnswer {
        Objects.requireNonNull(text, "text");
        fraction = Fractions.normalise(fraction == null ? BigDecimal.ONE : fraction);
        feedback = feedback == null ? RichText.EMPTY : feedback;
    }
}
