package vn.khaothi.engine.domain.marking;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a marker enters for one item: points per rubric criterion (when the item has a rubric) or
 * the item's points (when it has none), and a comment for the student and the other markers.
 */
public record MarkInput(BigDecimal points, Map<String, BigDecimal> criteria, String comment) {

    public MarkInput {
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        comment = comment == null ? "" : comment.strip();
    }

    public static MarkInput points(BigDecimal points) {
        return new MarkInput(points, Map.of(), "");
    }
}
