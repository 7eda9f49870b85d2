package vn.khaothi.engine.domain.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One answer as the student's page sent it: a step of the append-only log (Moodle's
 * {@code question_attempt_steps}). {@code seq} is the client's sequence number; {@code response}
 * is the response JSON exactly as received (api-contract.md, "What a response looks like"),
 * opaque here; {@code receivedAt} is the server clock when it arrived.
 */
public record AnswerStep(long attemptId, long itemId, long seq, String response, Instant receivedAt) {

    /** An essay of a few pages fits many times over; anything larger is not an answer. */
    public static final int MAX_RESPONSE_CHARS = 100_000;

    public AnswerStep {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative: " + seq);
        }
        if (response.isBlank() || response.length() > MAX_RESPONSE_CHARS) {
            throw new IllegalArgumentException("a response is 1-" + MAX_RESPONSE_CHARS + " characters of JSON, not "
                    + response.length());
        }
        // The database keeps microseconds; the log keeps what the database keeps.
        receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }
}
