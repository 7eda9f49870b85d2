package vn.khaothi.engine.infrastructure.sitting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The rows the attempt-side stores read ({@link RosterStore}, {@link IncidentStore}, {@link MarkStore}), as
 * plain data. A sitting itself is the domain's {@code Sitting}.
 */
public final class SittingRows {

    private SittingRows() {
    }

    /** One line of the proctor's roster. */
    public record RosterLine(long attemptId, String studentUsername, String studentName, String status,
                             Instant deadline, Long remainingMs, long durationMs, long extensionMs, int answered,
                             int incidents, boolean admitted) {
    }

    /** One integrity event with its review. */
    public record EventLine(long id, long attemptId, String kind, String severity, Instant occurredAt,
                            Instant receivedAt, String review, String reviewedBy, Instant reviewedAt) {
    }

    /** One item's score in an attempt. */
    public record ItemScore(long itemId, int position, BigDecimal points, BigDecimal maxPoints, String state) {
    }

    /** Per incident kind: how many were raised, confirmed, dismissed and still open. */
    public record KindCounts(String kind, int raised, int confirmed, int dismissed) {
    }
}
