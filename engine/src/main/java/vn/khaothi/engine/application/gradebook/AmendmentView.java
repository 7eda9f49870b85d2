package vn.khaothi.engine.application.gradebook;

import java.time.Instant;
import vn.khaothi.engine.domain.gradebook.Amendment;

/**
 * An amendment after the lock (đính chính) as the API shows it (api-contract.md): PENDING →
 * APPROVED | REJECTED; {@code decidedBy}, {@code decidedAt} and {@code note} are null until decided.
 *
 * @param requested the value asked for: a number, or "D"/"CD"
 */
public record AmendmentView(long id, String classCode, String subject, int semester, String studentId,
                            String studentName, String column, Object requested, String reason, String requestedBy,
                            Instant requestedAt, String status, String decidedBy, Instant decidedAt, String note) {

    /** Null for null: a request whose row is not found answers no body, as before. */
    static AmendmentView of(Amendment a) {
        return a == null ? null : new AmendmentView(a.id(), a.classCode(), a.subject(), a.semester(), a.studentId(),
                a.studentName(), a.column(), a.requested(), a.reason(), a.requestedBy(), a.requestedAt(), a.status(),
                a.decidedBy(), a.decidedAt(), a.note());
    }
}
