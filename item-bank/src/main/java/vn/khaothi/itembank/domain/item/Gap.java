package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One gap of a cloze item (câu điền khuyết). The stem marks its place with {@code {#id}}.
 * {@code weight} is the gap's share of the item's credit relative to the other gaps.
 */
public record Gap(String id, GapKind kind, BigDecimal weight, List<GapAnswer> answers, boolean caseSensitive) {

    public Gap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        weight = Fractions.normalise(weight == null ? BigDecimal.ONE : weight);
        answers = List.copyOf(answers);
    }

    /** The marker in the stem where this gap sits. */
    public String placeholder() {
        return "{#" + id + "}";
    }
}
