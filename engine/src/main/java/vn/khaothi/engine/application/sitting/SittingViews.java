package vn.khaothi.engine.application.sitting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the sittings REST resources answer (JSON-B serialises these records; times are ISO-8601 UTC). */
public final class SittingViews {

    private SittingViews() {
    }

    /** A sitting. {@code myAttempt} is set for a candidate; {@code roster} only for its staff. */
    public record SittingView(long id, long paperId, String title, String assessmentKind, String subjectCode,
                              Integer grade, String mode, Instant opensAt, Instant closesAt, int durationMinutes,
                              String classCode, boolean admissionRequired, String reviewPolicy, int staggerSeconds,
                              String createdBy, List<String> proctors, int candidates, boolean open, MyAttempt myAttempt,
                              List<RosterEntry> roster) {
    }

    public record MyAttempt(long attemptId, String status, boolean admitted) {
    }

    /**
     * One student of a sitting, as the monitor socket's roster and {@code GET /sittings/{id}} show it.
     * {@code studentId} is the username (api-contract.md names people by username).
     */
    public record RosterEntry(String studentId, String studentName, long attemptId, String status, boolean connected,
                              int answered, long remainingSeconds, int incidents, boolean admitted) {
    }

    /** One line of {@code GET /sittings/mine}: role STUDENT (with the attempt), PROCTOR or CREATOR. */
    public record MySittingView(long id, String title, String mode, String assessmentKind, String subjectCode,
                                Instant opensAt, Instant closesAt, int durationMinutes, boolean admissionRequired,
                                boolean open, String role, Long attemptId, String attemptStatus) {
    }

    public record MySittings(List<MySittingView> sittings) {
    }

    /** Incidents per kind: raised, confirmed, dismissed, not yet reviewed, and the dismissed share of the reviewed. */
    public record KindReport(String kind, String severity, int raised, int confirmed, int dismissed, int unreviewed,
                             BigDecimal falsePositiveRate) {
    }

    public record IncidentReport(Long sittingId, List<KindReport> kinds) {
    }

    /** One step of an attempt's timeline: an answer or an integrity event, in server time order. */
    public record TimelineEntry(String type, Instant at, String itemId, Long seq, Object response, String kind,
                                String severity, Long eventId, Instant clientAt, String review) {
    }

    public record AttemptReport(long attemptId, long sittingId, String studentId, String studentName,
                                String versionCode, String status, Instant startedAt, Instant deadline,
                                Instant submittedAt, String submitReason, String terminationNote, BigDecimal score,
                                List<Map<String, Object>> items, List<TimelineEntry> timeline) {
    }

    public record ReviewedIncident(long id, long attemptId, String kind, String severity, String review,
                                   String reviewedBy, Instant reviewedAt) {
    }
}
