package vn.khaothi.engine.application.sitting;

import java.time.Instant;

/**
 * A double-marked sitting whose disputed items (bài chấm lệch) wait for the caller's decision.
 *
 * @param disputed how many of its items are disputed (at least one)
 */
public record DisputedSitting(long sittingId, String title, String subject, Instant opensAt, int disputed) {
}
