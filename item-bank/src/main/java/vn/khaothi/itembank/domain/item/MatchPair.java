package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A premise and its answer in a matching item (câu ghép nối). An empty {@code left} makes
 * {@code right} an extra distractor in the answer column. {@code weight} is the pair's share of
 * the item's credit relative to the other pairs (1 each unless an imported mapping said otherwise).
 */
public record MatchPair(String id, RichText left, String right, BigDecimal weight) {

    public MatchPair {
        Objects.requireNonNull(id, "id");
        left = left == null ? RichText.EMPTY : left;
        right = right == null ? "" : right;
        weight = Fractions.normalise(weight == null ? BigDecimal.ONE : weight);
    }

    public boolean isDistractor() {
        return left.isEmpty();
    }
}
