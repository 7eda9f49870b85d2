package vn.khaothi.engine.application.sitting;

import java.time.Instant;

/**
 * An attempt (lượt làm bài) with whom and what it is for: the student, the paper version and the
 * stored status. Its state machine is read separately ({@code AttemptStore}).
 */
public record AttemptRef(long id, long sittingId, long studentId, String studentUsername, String studentName,
                         Long versionId, String versionCode, String status, Instant admittedAt) {
}
