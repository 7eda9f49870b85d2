package vn.khaothi.engine.domain.marking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where marking (chấm bài) is kept: a sitting's policy and blind codes, the append-only marks of
 * each item, and the final mark on the item's score. A mark and its final points are written
 * together, in the caller's transaction when it has one. Implemented in
 * {@code infrastructure/marking}; a storage failure is an unchecked exception, never a refusal.
 */
public interface MarkingRepository {

    /** A mark lost a race: another marker stored the same (attempt, item, seq) first; nothing was written. */
    final class MarkRace extends Exception {
        private static final long serialVersionUID = 1L;

        public MarkRace(Throwable cause) {
            super(cause);
        }
    }

    /** The policy of a sitting and when its names were released (null while blind). */
    record StoredPolicy(MarkingPolicy policy, Instant releasedAt) {
    }

    /** A manually marked item of an attempt, with the student's current answer (highest seq, stored JSON). */
    record ManualItem(long attemptId, String studentUsername, String studentName, String code,
                      String versionCode, long itemId, int position, BigDecimal maxPoints, String state,
                      String response) {
    }

    Optional<StoredPolicy> policy(long sittingId);

    /** Sets the policy and, when blind, gives every attempt of the sitting without a code one of {@code codes}. */
    void savePolicy(long sittingId, MarkingPolicy policy, List<String> codes);

    int attemptCount(long sittingId);

    int markCount(long sittingId);

    /** Double-marked sittings where an item has a second mark and still waits for its final mark, newest first. */
    List<Long> doubleMarkedAwaiting(int limit);

    /** Items still without a final mark (NEEDS_GRADING) in the sitting's scored attempts. */
    int waiting(long sittingId);

    /** The names of a blind sitting are released (rọc phách). */
    void release(long sittingId, long account, Instant at);

    /** The sitting's manually marked items (of one attempt when {@code attemptId} is set), by code then position. */
    List<ManualItem> manualItems(long sittingId, Long attemptId);

    /** Every mark of the sitting: attempt → item → marks in seq order. */
    Map<Long, Map<Long, List<Mark>>> marks(long sittingId);

    /**
     * Appends a mark; when {@code finalPoints} is set, also writes the item's final mark onto its
     * score row, together.
     *
     * @throws MarkRace when another mark with the same seq was stored first
     */
    void append(long attemptId, long itemId, Mark mark, long markerAccount, BigDecimal finalPoints) throws MarkRace;
}
