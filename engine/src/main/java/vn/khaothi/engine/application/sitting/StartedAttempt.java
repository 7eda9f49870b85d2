package vn.khaothi.engine.application.sitting;

import java.time.Instant;
import vn.khaothi.engine.domain.attempt.AttemptStatus;

/**
 * A started (or resumed) attempt as {@code POST /sittings/{id}/attempts} answers it (api-contract.md,
 * "What a student receives"); web maps it to JSON.
 *
 * @param deadline null while the attempt has none (never for a started one)
 */
public record StartedAttempt(long attemptId, long sittingId, AttemptStatus status, Instant deadline, Instant serverTime,
                             long remainingSeconds, String versionCode, ShownVersion items) {
}
