package vn.khaothi.engine.domain.gradebook;

import java.time.Instant;

/**
 * A change asked for after the lock (đính chính): PENDING → APPROVED | REJECTED. {@code requested}
 * is the value asked for (a number, or "D"/"CD").
 */
public record Amendment(long id, String classCode, String subject, int semester, String studentId, String studentName,
                        String column, Object requested, String reason, String requestedBy, Instant requestedAt,
                        String status, String decidedBy, Instant decidedAt, String note) {
}
