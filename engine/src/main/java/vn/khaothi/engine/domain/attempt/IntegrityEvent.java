package vn.khaothi.engine.domain.attempt;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An integrity event: a step of the attempt's log of another kind than an answer (table
 * {@code attempt_event}). {@code occurredAt} is what the client says ({@code at}, untrusted, used
 * to recognise a resent event); {@code receivedAt} is the server clock. The severity is fixed when
 * recorded, by the {@link IntegrityPolicy} in force then.
 */
public record IntegrityEvent(long attemptId, IntegrityEventKind kind, Instant occurredAt, Instant receivedAt,
                             Severity severity) {

    public IntegrityEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(severity, "severity");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    public static IntegrityEvent of(long attemptId, IntegrityEventKind kind, Instant occurredAt, Instant receivedAt,
                                    IntegrityPolicy policy) {
        return new IntegrityEvent(attemptId, kind, occurredAt, receivedAt, policy.severityOf(kind));
    }
}
