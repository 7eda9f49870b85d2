package vn.khaothi.engine.domain.marking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One mark given to one item of one attempt, as stored (append-only: a mark is never changed,
 * the history of an item's marking is its list of marks).
 *
 * @param seq      1, 2, … per item of an attempt (the store's unique key: two markers racing for
 *                 the same round cannot both win)
 * @param points   the item's points from this mark (the criteria scaled to the item's points)
 * @param criteria points per rubric criterion id, empty without a rubric
 * @param reason   why (required for the head's decision), else empty
 */
public record Mark(int seq, MarkRound round, String marker, BigDecimal points, Map<String, BigDecimal> criteria,
                   String comment, String reason, Instant at) {

    public Mark {
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        comment = comment == null ? "" : comment;
        reason = reason == null ? "" : reason;
    }
}
