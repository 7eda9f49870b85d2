package vn.khaothi.engine.domain.gradebook;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An appeal (phúc khảo) of a periodic mark: FILED → ASSIGNED (a second marker) → KEPT | CHANGED.
 * {@code original} is the mark appealed, {@code outcome} the second marker's.
 */
public record Appeal(long id, long subjectId, String classCode, String subject, int semester, String studentId,
                     String studentName, String column, BigDecimal original, String reason, String filedBy, Instant filedAt,
                     String status, String marker, BigDecimal outcome, String outcomeNote, Instant decidedAt) {
}
