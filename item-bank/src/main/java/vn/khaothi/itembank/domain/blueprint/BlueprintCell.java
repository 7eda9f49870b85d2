package vn.khaothi.itembank.domain.blueprint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of the matrix: so many items of one chapter, cognitive level and item type, each worth
 * {@code pointsEach} on the paper, with the specification (bản đặc tả) of the outcome they assess.
 *
 * <p>The points come from the blueprint, not from the bank item: the same item may be worth 0.25 in
 * one paper and 0.5 in another.
 */
public record BlueprintCell(
        String chapter, String level, String itemType, int count, BigDecimal pointsEach, String specification) {

    public BlueprintCell {
        Objects.requireNonNull(pointsEach, "pointsEach");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1 in cell " + chapter + "/" + level
                    + "/" + itemType + ", was " + count);
        }
        if (pointsEach.signum() <= 0) {
            throw new IllegalArgumentException("pointsEach must be positive in cell " + chapter + "/" + level
                    + "/" + itemType + ", was " + pointsEach);
        }
        specification = specification == null ? "" : specification;
        new CellKey(chapter, level, itemType); // validates the three texts
    }

    public CellKey key() {
        return new CellKey(chapter, level, itemType);
    }

    public BigDecimal points() {
        return pointsEach.multiply(BigDecimal.valueOf(count));
    }
}
