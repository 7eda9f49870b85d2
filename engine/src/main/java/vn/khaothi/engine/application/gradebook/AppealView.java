package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import vn.khaothi.engine.domain.gradebook.Appeal;

/**
 * An appeal (phúc khảo) as the API shows it (api-contract.md, "Appeals"): FILED → ASSIGNED → KEPT |
 * CHANGED; {@code marker}, {@code outcome}, {@code outcomeNote} and {@code decidedAt} are null until
 * their step.
 *
 * @param original the mark appealed
 * @param outcome  the second marker's mark
 */
public record AppealView(long id, String classCode, String subject, int semester, String studentId, String studentName,
                         String column, BigDecimal original, String reason, String filedBy, Instant filedAt, String status,
                         String marker, BigDecimal outcome, String outcomeNote, Instant decidedAt) {

    static AppealView of(Appeal a) {
        return new AppealView(a.id(), a.classCode(), a.subject(), a.semester(), a.studentId(), a.studentName(), a.column(),
                a.original(), a.reason(), a.filedBy(), a.filedAt(), a.status(), a.marker(), a.outcome(), a.outcomeNote(),
                a.decidedAt());
    }
}
