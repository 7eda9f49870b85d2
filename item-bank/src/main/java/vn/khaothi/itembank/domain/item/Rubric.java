package vn.khaothi.itembank.domain.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A marking rubric (thang điểm / tiêu chí chấm) of a manually marked item: criteria, each with
 * levels worth points. A marker gives each criterion a number of points between 0 and the
 * criterion's highest level (the levels describe the usual steps; 0,25 steps are common). The
 * rubric's {@link #total()} is the sum of the criteria's highest levels and must equal the item's
 * points, so that a full mark on every criterion is the full mark of the item.
 */
public record Rubric(List<Criterion> criteria) {

    public static final Rubric NONE = new Rubric(List.of());

    public Rubric {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    public boolean isEmpty() {
        return criteria.isEmpty();
    }

    /** The sum of every criterion's highest level. */
    public BigDecimal total() {
        return criteria.stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Criterion criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** Problems a teacher can act on; empty when the rubric is usable for an item worth {@code points}. */
    public List<String> problems(BigDecimal points) {
        List<String> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String where = "rubric criterion " + (i + 1);
            if (c.id().isBlank() || !ids.add(c.id())) {
                problems.add(where + " needs an id of its own");
            }
            if (c.name().isBlank()) {
                problems.add(where + " has no name");
            }
            if (c.levels().isEmpty()) {
                problems.add(where + " has no level");
            }
            for (int j = 0; j < c.levels().size(); j++) {
                Level l = c.levels().get(j);
                if (l.points() == null || l.points().signum() < 0) {
                    problems.add(where + ", level " + (j + 1) + ": points are 0 or more");
                } else if (l.points().stripTrailingZeros().scale() > 2) {
                    problems.add(where + ", level " + (j + 1) + ": points have at most two decimals");
                }
            }
        }
        if (problems.isEmpty() && points != null && total().compareTo(points) != 0) {
            problems.add("the rubric's criteria add up to " + total().stripTrailingZeros().toPlainString()
                    + " points, the item is worth " + points.stripTrailingZeros().toPlainString());
        }
        return problems;
    }

    /** One criterion (tiêu chí), e.g. "Lập luận", with its levels. */
    public record Criterion(String id, String name, List<Level> levels) {

        public Criterion {
            id = id == null ? "" : id.strip();
            name = name == null ? "" : name.strip();
            levels = levels == null ? List.of() : List.copyOf(levels);
        }

        /** The highest level's points (0 without levels). */
        public BigDecimal max() {
            return levels.stream().map(Level::points).filter(p -> p != null)
                    .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        }
    }

    /** One level (mức) of a criterion: a description and its points. */
    public record Level(String label, BigDecimal points) {

        public Level {
            label = label == null ? "" : label.strip();
        }
    }
}
