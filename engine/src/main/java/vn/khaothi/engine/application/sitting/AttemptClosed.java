package vn.khaothi.engine.application.sitting;

import java.time.Instant;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * CDI event: the engine closed an attempt by itself (the expiry sweep's auto-submit at the
 * deadline). Fired after the close is stored, on the node that closed it; the live layer observes
 * it to tell the student's socket ({@code submitted}) and the sitting's monitors.
 */
public record AttemptClosed(long attemptId, long sittingId, SubmitReason reason, Instant closedAt) {
}
