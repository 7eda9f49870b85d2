package vn.khaothi.engine.application.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.marking.MarkingStatus;

/**
 * One manually marked item of one paper as its marker sees it: while a blind sitting's names are
 * not released, {@code attemptId}, {@code studentId} and {@code studentName} are null and the paper
 * is known by its {@code code} only.
 *
 * @param response    the student's answer as stored JSON text, or null without one
 * @param finalPoints the item's final mark, or null while it waits
 * @param stem        the item's stem (HTML), empty when the item is unknown
 * @param guidance    the marking guidance (HTML) of an essay, else empty
 * @param marks       the marks the caller may see: their own until the item is final or disputed
 *                    before its head, then all
 */
public record MarkingItemView(String code, Long attemptId, String studentId, String studentName, String versionCode,
                              long itemId, int position, BigDecimal maxPoints, String response, MarkingStatus status,
                              BigDecimal finalPoints, boolean yourTurn, boolean canDecide, String stem, String guidance,
                              List<Criterion> rubric, List<GivenMark> marks) {

    /** A rubric criterion, its maximum and its levels (points normalised). */
    public record Criterion(String id, String name, BigDecimal max, List<Level> levels) {
    }

    /** A level of a criterion; {@code points} null for a level without points. */
    public record Level(String label, BigDecimal points) {
    }

    /**
     * A mark as shown: {@code round} the name of its round, points normalised, criteria in the
     * order the mark holds them.
     */
    public record GivenMark(String round, String marker, BigDecimal points, Map<String, BigDecimal> criteria,
                            String comment, String reason, Instant at) {
    }
}
