package vn.khaothi.itembank.domain.blueprint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A part of the paper (phần), e.g. "I" single choice, "II" true/false clusters, "III" short numeric
 * answers (regulations.md §6). Items are shuffled within a part, never across parts, and parts keep
 * the order the blueprint gives them.
 */
public record BlueprintPart(String code, String title, List<BlueprintCell> cells) {

    public BlueprintPart {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("part code must not be blank");
        }
        title = title == null ? "" : title;
        cells = List.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("part " + code + " has no cells");
        }
    }

    public int itemCount() {
        return cells.stream().mapToInt(BlueprintCell::count).sum();
    }

    public BigDecimal points() {
        return cells.stream().map(BlueprintCell::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
