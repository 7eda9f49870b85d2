package vn.khaothi.engine.domain.attempt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * An attempt's state as plain data, as the {@code attempt} table holds it (one row), so that any
 * node can rebuild the attempt ({@link Attempt#restore}) — attempt state never lives only in one
 * node's memory (architecture.md, "Scaling out"). Nullable fields are null when not yet reached.
 *
 * @param deadline   null unless IN_PROGRESS (or closed after having run)
 * @param pausedAt   non-null only while PAUSED
 * @param remaining  the frozen time left, non-null only while PAUSED
 * @param extensions all minutes granted so far (accommodations and EXTEND commands)
 */
public record AttemptSnapshot(
        long id,
        AttemptStatus status,
        Duration duration,
        Duration extensions,
        Instant startedAt,
        Instant deadline,
        Instant pausedAt,
        Duration remaining,
        Instant submittedAt,
        SubmitReason submitReason,
        String terminationNote,
        BigDecimal score) {
}
