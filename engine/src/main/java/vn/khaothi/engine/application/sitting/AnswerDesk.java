package vn.khaothi.engine.application.sitting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptJournal;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.IntegrityPolicy;

/**
 * The answer desk (bàn nhận bài): decides whether an answer or an integrity event sent during an
 * attempt is accepted, and hands an accepted one to the {@link AttemptJournal}. The socket only
 * relays the receipt (api-contract.md, "Attempt socket": {@code ack} only once committed, otherwise
 * an {@code error} with the answer's {@code seq}).
 *
 * <p>Every answer is checked against the attempt <b>as stored now</b> (not a copy the socket
 * holds), so a pause, an extension or a close made on another node holds here too. The rules, in
 * order: the item must be one of the attempt's ({@code UNKNOWN_ITEM}); the attempt must be running
 * and before its deadline by the server clock ({@code TIME_UP}, {@code ATTEMPT_PAUSED},
 * {@code NOT_STARTED}, {@code ATTEMPT_CLOSED}) — except that a resend of an answer already stored
 * is acknowledged again (its first ack was lost, the close came after it); the response must be a
 * step the log takes ({@code INVALID_RESPONSE}); and the journal must commit it ({@code NOT_SAVED}).
 */
@ApplicationScoped
public class AnswerDesk {

    /** What the desk reads of the stored attempts (port: {@link AttemptService} over the database here). */
    public interface Records {
        /** The attempt's state machine as stored now. */
        Attempt current(long attemptId);

        /** True when (attempt, item, seq) is already in the log. */
        boolean stepStored(long attemptId, long itemId, long seq);

        /** The stored id of an integrity event (what the incident review takes), if stored. */
        Optional<Long> eventId(IntegrityEvent event);
    }

    /**
     * The answer to one answer: accepted ({@code code} null: acknowledge {@code seq}) or refused with
     * the contract's code and message. {@code attempt} is the state it was checked against (null
     * when refused before reading it), for the caller's cached clock.
     */
    public record AnswerReceipt(long seq, String code, String message, Attempt attempt) {

        public boolean accepted() {
            return code == null;
        }

        static AnswerReceipt ack(long seq, Attempt attempt) {
            return new AnswerReceipt(seq, null, null, attempt);
        }

        static AnswerReceipt refused(long seq, String code, String message, Attempt attempt) {
            return new AnswerReceipt(seq, Objects.requireNonNull(code), message, attempt);
        }
    }

    /** A stored integrity event; {@code incident} when the policy says the monitors must see it (above INFO). */
    public record IncidentReceipt(IntegrityEvent event, boolean incident) {
    }

    @Inject
    AttemptBackbone backbone;

    @Inject
    AttemptService attempts;

    @Inject
    AttemptJournal journal;

    private Records records;
    private Clock clock;
    private final IntegrityPolicy policy = IntegrityPolicy.standard();

    /** For unit tests and tools outside the container. */
    public static AnswerDesk over(AttemptJournal journal, Records records, Clock clock) {
        AnswerDesk desk = new AnswerDesk();
        desk.journal = Objects.requireNonNull(journal, "journal");
        desk.records = Objects.requireNonNull(records, "records");
        desk.clock = Objects.requireNonNull(clock, "clock");
        return desk;
    }

    @PostConstruct
    void wire() {
        clock = backbone.clock();
        records = new Records() {
            @Override
            public Attempt current(long attemptId) {
                return attempts.current(attemptId);
            }

            @Override
            public boolean stepStored(long attemptId, long itemId, long seq) {
                return attempts.stepStored(attemptId, itemId, seq);
            }

            @Override
            public Optional<Long> eventId(IntegrityEvent e) {
                return backbone.incidents().eventId(e.attemptId(), e.kind().name(), e.occurredAt());
            }
        };
    }

    /**
     * Takes one answer of an attempt. {@code itemIds} are the attempt's items (from
     * {@link AttemptService#live}); {@code itemId} is as the client sent it (a string in the
     * contract); {@code response} is the response JSON as received. The future completes with the
     * receipt: at once for a refusal, after the commit for an accepted answer — never fails.
     */
    public CompletableFuture<AnswerReceipt> acceptAnswer(long attemptId, Set<Long> itemIds, String itemId, long seq,
                                                         String response) {
        long item = parseItem(itemId);
        if (!itemIds.contains(item)) {
            return done(AnswerReceipt.refused(seq, "UNKNOWN_ITEM", "No item " + itemId + " in this attempt", null));
        }
        Attempt attempt = records.current(attemptId);
        Instant now = clock.instant();
        if (!attempt.acceptsAnswerAt(now)) {
            if (records.stepStored(attemptId, item, seq)) {
                // A resend of a stored answer whose ack was lost: acknowledged again, stored once.
                return done(AnswerReceipt.ack(seq, attempt));
            }
            return done(AnswerReceipt.refused(seq, refusalCode(attempt), "Answer not accepted: the attempt is "
                    + (attempt.status() == AttemptStatus.IN_PROGRESS ? "past its deadline" : attempt.status()), attempt));
        }
        AnswerStep step;
        try {
            step = new AnswerStep(attemptId, item, seq, response, now);
        } catch (IllegalArgumentException e) {
            return done(AnswerReceipt.refused(seq, "INVALID_RESPONSE", e.getMessage(), attempt));
        }
        // Completes on the journal's writer thread once committed: what the caller chains must not block.
        return journal.append(step).handle((committed, failure) -> failure == null
                ? AnswerReceipt.ack(seq, attempt)
                : AnswerReceipt.refused(seq, "NOT_SAVED", "Not saved; send it again", attempt));
    }

    /** The refusal code of an answer the attempt's state does not take (api-contract.md, "error codes"). */
    static String refusalCode(Attempt attempt) {
        return switch (attempt.status()) {
            case IN_PROGRESS -> "TIME_UP";
            case PAUSED -> "ATTEMPT_PAUSED";
            case NOT_STARTED -> "NOT_STARTED";
            default -> "ATTEMPT_CLOSED";
        };
    }

    /**
     * Records an integrity event ({@code at} is the client's, untrusted: it only recognises a resend;
     * the severity is the policy's now). Completes once stored; fails when the journal did not store it.
     */
    public CompletableFuture<IncidentReceipt> recordIncident(long attemptId, IntegrityEventKind kind, Instant at) {
        IntegrityEvent event = IntegrityEvent.of(attemptId, kind, at, clock.instant(), policy);
        return journal.record(event).thenApply(committed -> new IncidentReceipt(event, policy.isIncident(kind)));
    }

    /** The stored id of an event (null-free: empty when not found); reads the database, so not on the journal's thread. */
    public Optional<Long> incidentId(IntegrityEvent event) {
        return records.eventId(event);
    }

    /**
     * The time left shown to people, in whole seconds, by the server clock: the one figure of
     * {@code state}, {@code tick}, {@code paused} and {@code extended} (rounded up, {@link Attempt#wholeSecondsLeft}).
     */
    public long remainingSeconds(Attempt attempt) {
        return attempt.remainingSecondsAt(clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    private static long parseItem(String itemId) {
        try {
            return Long.parseLong(itemId);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
