package vn.khaothi.engine.domain.marking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.itembank.domain.item.Rubric;

/**
 * The marking (chấm bài) of one manually marked item of one attempt: a guarded state machine
 * ({@link MarkingStatus}) over an append-only list of {@link Mark}s. Every command checks its guard
 * first and throws {@link MarkingRefused} without changing anything; a stored item is rebuilt by
 * {@link #replay} of its marks, so the state is never stored apart from its evidence.
 *
 * <p>Rules, and why:
 * <ul>
 * <li>Points come from the rubric when the item has one: each criterion 0 … its highest level, at
 *     most two decimals (0,25 steps are usual); the sum is scaled to the item's points on this paper
 *     (a rubric written for 2 points marks an item worth 1 point on a paper at half).</li>
 * <li>Double marking: the second mark is by another marker (independence is the point of it);
 *     marks within the threshold give their mean, further apart the item is DISPUTED.</li>
 * <li>A dispute ends with a third marker (neither of the first two) whose mark is final, or with
 *     the department head's decision, which needs a reason (it overrules two colleagues).</li>
 * <li>A FINAL item takes no more marks: a later change is an appeal (phúc khảo), kept elsewhere.</li>
 * </ul>
 * Not thread-safe: the caller serialises commands on one item (the store's unique (item, seq) key
 * makes a lost race fail instead of writing two marks for the same round).
 */
public final class ItemMarking {

    private static final int MAX_DECIMALS = 2;
    private static final int SCALE = 4;

    private final MarkingPolicy policy;
    private final BigDecimal maxPoints;
    private final Rubric rubric;
    private final Clock clock;
    private final List<Mark> marks = new ArrayList<>();
    private MarkingStatus status = MarkingStatus.AWAITING_FIRST;
    private BigDecimal finalPoints;

    private ItemMarking(MarkingPolicy policy, BigDecimal maxPoints, Rubric rubric, Clock clock) {
        if (maxPoints == null || maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("an item to mark is worth more than 0 points");
        }
        this.policy = policy == null ? MarkingPolicy.SINGLE : policy;
        this.maxPoints = maxPoints;
        this.rubric = rubric == null ? Rubric.NONE : rubric;
        this.clock = clock;
    }

    public static ItemMarking open(MarkingPolicy policy, BigDecimal maxPoints, Rubric rubric, Clock clock) {
        return new ItemMarking(policy, maxPoints, rubric, clock);
    }

    /** Rebuilds the item from its stored marks, in seq order (no guard is re-checked: they held when stored). */
    public static ItemMarking replay(MarkingPolicy policy, BigDecimal maxPoints, Rubric rubric, List<Mark> stored,
                                     Clock clock) {
        ItemMarking m = new ItemMarking(policy, maxPoints, rubric, clock);
        stored.stream().sorted(java.util.Comparator.comparingInt(Mark::seq)).forEach(m::apply);
        return m;
    }

    public MarkingStatus status() {
        return status;
    }

    public Optional<BigDecimal> finalPoints() {
        return Optional.ofNullable(finalPoints);
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    public BigDecimal maxPoints() {
        return maxPoints;
    }

    public Rubric rubric() {
        return rubric;
    }

    public boolean hasMarked(String username) {
        return marks.stream().anyMatch(k -> k.marker().equals(username));
    }

    /** True when this marker may give the next mark (the page's queue shows only those). */
    public boolean awaits(String username) {
        return switch (status) {
            case AWAITING_FIRST -> true;
            case AWAITING_SECOND, DISPUTED -> !hasMarked(username);
            case FINAL -> false;
        };
    }

    /**
     * A marker's mark: the first, the second (double marking) or the third (a dispute).
     *
     * @return the mark to store (already applied)
     */
    public Mark mark(Marker marker, MarkInput input) {
        MarkRound round = switch (status) {
            case AWAITING_FIRST -> MarkRound.FIRST;
            case AWAITING_SECOND -> MarkRound.SECOND;
            case DISPUTED -> MarkRound.THIRD;
            case FINAL -> throw new MarkingRefused("ALREADY_FINAL", status, null, "This item already has its final mark");
        };
        if (round != MarkRound.FIRST && hasMarked(marker.username())) {
            throw new MarkingRefused("SAME_MARKER", status, null, round == MarkRound.SECOND
                    ? "The second mark must be given by another marker"
                    : "The third mark must be given by a marker other than the first two");
        }
        return append(round, marker, input, "");
    }

    /** The department head's decision on a DISPUTED item, with the reason. */
    public Mark decide(Marker head, MarkInput input, String reason) {
        if (status != MarkingStatus.DISPUTED) {
            throw new MarkingRefused("NOT_DISPUTED", status, null, "Only a disputed item needs the head's decision");
        }
        if (!head.head()) {
            throw new MarkingRefused("NOT_HEAD", status, null, "Only the department head (or the management) decides");
        }
        if (reason == null || reason.isBlank()) {
            throw new MarkingRefused("VALIDATION_FAILED", status, "reason", "The decision needs a reason");
        }
        return append(MarkRound.HEAD_DECISION, head, input, reason.strip());
    }

    private Mark append(MarkRound round, Marker marker, MarkInput input, String reason) {
        BigDecimal points = pointsOf(input);
        Mark mark = new Mark(marks.size() + 1, round, marker.username(), points, input.criteria(), input.comment(),
                reason, clock.instant());
        apply(mark);
        return mark;
    }

    /** The transition itself, shared by the commands and the replay. */
    private void apply(Mark mark) {
        marks.add(mark);
        switch (mark.round()) {
            case FIRST -> {
                if (policy.doubleMarking()) {
                    status = MarkingStatus.AWAITING_SECOND;
                } else {
                    finish(mark.points());
                }
            }
            case SECOND -> {
                BigDecimal first = marks.get(0).points();
                if (first.subtract(mark.points()).abs().compareTo(policy.threshold()) <= 0) {
                    finish(first.add(mark.points()).divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP));
                } else {
                    status = MarkingStatus.DISPUTED;
                }
            }
            case THIRD, HEAD_DECISION -> finish(mark.points());
        }
    }

    private void finish(BigDecimal points) {
        finalPoints = points.stripTrailingZeros();
        status = MarkingStatus.FINAL;
    }

    /** The item's points from a marker's input, checked against the rubric and the item's points. */
    BigDecimal pointsOf(MarkInput input) {
        if (rubric.isEmpty()) {
            if (!input.criteria().isEmpty()) {
                throw new MarkingRefused("VALIDATION_FAILED", status, "criteria", "This item has no rubric");
            }
            return checked(input.points(), maxPoints, "points");
        }
        Set<String> known = new HashSet<>();
        BigDecimal raw = BigDecimal.ZERO;
        for (Rubric.Criterion c : rubric.criteria()) {
            known.add(c.id());
            BigDecimal given = input.criteria().get(c.id());
            if (given == null) {
                throw new MarkingRefused("VALIDATION_FAILED", status, "criteria." + c.id(),
                        "Criterion \"" + c.name() + "\" has no mark");
            }
            raw = raw.add(checked(given, c.max(), "criteria." + c.id()));
        }
        for (Map.Entry<String, BigDecimal> e : input.criteria().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new MarkingRefused("VALIDATION_FAILED", status, "criteria." + e.getKey(), "No criterion " + e.getKey());
            }
        }
        BigDecimal total = rubric.total();
        return total.compareTo(maxPoints) == 0 ? raw
                : raw.multiply(maxPoints).divide(total, SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal checked(BigDecimal value, BigDecimal max, String field) {
        if (value == null) {
            throw new MarkingRefused("VALIDATION_FAILED", status, field, "A mark is required");
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw new MarkingRefused("MARK_OUT_OF_RANGE", status, field,
                    "A mark is between 0 and " + max.stripTrailingZeros().toPlainString());
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new MarkingRefused("VALIDATION_FAILED", status, field, "A mark has at most two decimals");
        }
        return value;
    }
}
