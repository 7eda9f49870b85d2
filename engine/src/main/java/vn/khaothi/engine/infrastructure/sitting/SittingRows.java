package vn.khaothi.engine.infrastructure.sitting;

import java.math.BigDecimal;
import java.time.Instant;

/** The rows {@link SittingStore} reads, as plain data. */
public final class SittingRows {

    private SittingRows() {
    }

    /** A student as a sitting names them: the database id, the username (contract's studentId), code and name. */
    public record StudentRef(long id, String username, String code, String fullName) {
    }

    public record Sitting(long id, long paperId, String title, String assessmentKind, String subjectCode, Integer grade,
                          String mode, Instant opensAt, Instant closesAt, int durationMinutes, String classCode,
                          boolean admissionRequired, String reviewPolicy, String createdBy, Instant createdAt) {

        public boolean online() {
            return "ONLINE".equals(mode);
        }
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

    /** A sitting as the "mine" list shows it. */
    public record MySitting(Sitting sitting, Long attemptId, String attemptStatus, String role) {
    }

    /** Per incident kind: how many were raised, confirmed, dismissed and still open. */
    public record KindCounts(String kind, int raised, int confirmed, int dismissed) {
    }
}
