package vn.khaothi.itembank.domain.blueprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Blueprint — <em>ma trận đề</em> together with its <em>bản đặc tả</em>: which items a paper must hold
 * (chapter × cognitive level × item type, how many, points each), grouped into ordered parts, and the
 * paper's duration.
 *
 * <p>A periodic paper is built from a matrix and a specification (TT22 Art. 7, regulations.md §2) and
 * is scored on 0–10 (TT22 Art. 5.3), so the cells' points must add up to exactly {@link #TEN_POINT_SCALE}
 * unless another maximum is given on purpose (e.g. a practice quiz).
 */
public record Blueprint(int durationMinutes, BigDecimal maxScore, List<BlueprintPart> parts) {

    /** TT22 Art. 5.3: scores are on a 0–10 scale. */
    public static final BigDecimal TEN_POINT_SCALE = BigDecimal.TEN;

    public Blueprint {
        Objects.requireNonNull(maxScore, "maxScore");
        if (durationMinutes < 1) {
            throw new IllegalArgumentException("durationMinutes must be positive, was " + durationMinutes);
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a blueprint needs at least one part");
        }
        requireDistinctPartsAndCells(parts);
        BigDecimal total = parts.stream().map(BlueprintPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(maxScore) != 0) {
            throw new IllegalArgumentException("the cells add up to " + total.stripTrailingZeros().toPlainString()
                    + " points, the paper is scored on " + maxScore.stripTrailingZeros().toPlainString());
        }
    }

    /** A blueprint for a paper scored on 0–10, the usual case for periodic assessment. */
    public static Blueprint onTenPointScale(int durationMinutes, List<BlueprintPart> parts) {
        return new Blueprint(durationMinutes, TEN_POINT_SCALE, parts);
    }

    /**
     * Groups flat cells (as the API sends them) into parts by item type, in the 2025 exam order:
     * single choice (I), true/false clusters (II), short numeric answers (III), then any other type in
     * the order it first appears (regulations.md §6).
     */
    public static Blueprint fromCells(int durationMinutes, BigDecimal maxScore, List<BlueprintCell> cells) {
        List<String> typeOrder = new ArrayList<>(List.of("SINGLE_CHOICE", "TRUE_FALSE_CLUSTER", "SHORT_NUMERIC"));
        Map<String, List<BlueprintCell>> byType = new LinkedHashMap<>();
        typeOrder.forEach(type -> byType.put(type, new ArrayList<>()));
        for (BlueprintCell cell : cells) {
            byType.computeIfAbsent(cell.itemType(), type -> new ArrayList<>()).add(cell);
        }
        List<BlueprintPart> parts = new ArrayList<>();
        for (Map.Entry<String, List<BlueprintCell>> entry : byType.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                parts.add(new BlueprintPart(romanNumeral(parts.size() + 1), entry.getKey(), entry.getValue()));
            }
        }
        return new Blueprint(durationMinutes, maxScore, parts);
    }

    public List<BlueprintCell> cells() {
        return parts.stream().flatMap(part -> part.cells().stream()).toList();
    }

    public int itemCount() {
        return parts.stream().mapToInt(BlueprintPart::itemCount).sum();
    }

    public BigDecimal totalPoints() {
        return parts.stream().map(BlueprintPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void requireDistinctPartsAndCells(List<BlueprintPart> parts) {
        Set<String> partCodes = new HashSet<>();
        Set<CellKey> keys = new HashSet<>();
        for (BlueprintPart part : parts) {
            if (!partCodes.add(part.code())) {
                throw new IllegalArgumentException("part " + part.code() + " appears twice");
            }
            for (BlueprintCell cell : part.cells()) {
                // Two cells with one key would compete for the same items; ask for one cell with the sum.
                if (!keys.add(cell.key())) {
                    throw new IllegalArgumentException("cell " + cell.key() + " appears twice; merge the counts");
                }
            }
        }
    }

    private static String romanNumeral(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n <= numerals.length ? numerals[n - 1] : Integer.toString(n);
    }
}
