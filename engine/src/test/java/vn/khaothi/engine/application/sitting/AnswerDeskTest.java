package vn.khaothi.engine.application.sitting;

import vn.khaothi.engine.domain.attempt.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptJournal;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.Severity;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * The answer desk's rules without a socket, HTTP or database: an attempt on a clock the test moves,
 * and a journal that commits when the test says so.
 */
class AnswerDeskTest {

    private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
    private static final Set<Long> ITEMS = Set.of(11L, 12L);

    private final MutableClock clock = new MutableClock(T0);
    private final Attempt attempt = Attempt.notStarted(7, Duration.ofMinutes(45), clock);
    private final FakeJournal journal = new FakeJournal();
    private final Set<String> stored = new HashSet<>();
    private final AnswerDesk desk = AnswerDesk.over(journal, new AnswerDesk.Records() {
        @Override
        public Attempt current(long attemptId) {
            assertEquals(7, attemptId);
            return attempt;
        }

        @Override
        public boolean stepStored(long attemptId, long itemId, long seq) {
            return stored.contains(itemId + "/" + seq);
        }

        @Override
        public Optional<Long> eventId(IntegrityEvent event) {
            return Optional.of(99L);
        }
    }, clock);

    private AnswerDesk.AnswerReceipt answer(String itemId, long seq) throws Exception {
        CompletableFuture<AnswerDesk.AnswerReceipt> receipt = desk.acceptAnswer(7, ITEMS, itemId, seq, "{\"choice\":\"A\"}");
        journal.commitAll();
        assertTrue(receipt.isDone(), "a receipt always comes, accepted or refused");
        return receipt.get();
    }

    @Test
    void anAnswerIsAcknowledgedOnlyOnceTheJournalCommittedIt() throws Exception {
        attempt.start();
        CompletableFuture<AnswerDesk.AnswerReceipt> receipt = desk.acceptAnswer(7, ITEMS, "11", 3, "{\"choice\":\"B\"}");
        assertFalse(receipt.isDone(), "no ack before the commit");
        assertEquals(1, journal.steps.size());
        AnswerStep step = journal.steps.get(0);
        assertEquals(11, step.itemId());
        assertEquals(3, step.seq());
        assertEquals("{\"choice\":\"B\"}", step.response());
        assertEquals(T0, step.receivedAt(), "received at by the server clock");
        journal.commitAll();
        assertTrue(receipt.get().accepted());
        assertEquals(3, receipt.get().seq());
        assertSame(attempt, receipt.get().attempt(), "the state it was checked against, for the socket's clock");
    }

    @Test
    void aFailedCommitIsNotSavedNeverAnAck() throws Exception {
        attempt.start();
        CompletableFuture<AnswerDesk.AnswerReceipt> receipt = desk.acceptAnswer(7, ITEMS, "12", 1, "{\"choice\":\"A\"}");
        journal.failAll();
        assertFalse(receipt.get().accepted());
        assertEquals("NOT_SAVED", receipt.get().code());
        assertEquals("Not saved; send it again", receipt.get().message());
    }

    @Test
    void anItemNotInTheAttemptIsRefusedBeforeAnythingIsRead() throws Exception {
        attempt.start();
        AnswerDesk.AnswerReceipt r = answer("13", 1);
        assertEquals("UNKNOWN_ITEM", r.code());
        assertEquals("No item 13 in this attempt", r.message());
        assertNull(r.attempt());
        assertEquals("UNKNOWN_ITEM", answer("not-a-number", 2).code());
        assertEquals("No item not-a-number in this attempt", answer("not-a-number", 2).message());
        assertTrue(journal.steps.isEmpty());
    }

    @Test
    void theAttemptsStateAndTheServerClockDecide() throws Exception {
        assertEquals("NOT_STARTED", answer("11", 1).code());
        attempt.start();
        attempt.pause();
        AnswerDesk.AnswerReceipt paused = answer("11", 1);
        assertEquals("ATTEMPT_PAUSED", paused.code());
        assertEquals("Answer not accepted: the attempt is PAUSED", paused.message());
        attempt.resume();
        clock.advance(Duration.ofMinutes(45).minusMillis(1));
        assertTrue(answer("11", 1).accepted(), "a millisecond before the deadline still counts");
        clock.advance(Duration.ofMillis(1));
        AnswerDesk.AnswerReceipt late = answer("11", 2);
        assertEquals("TIME_UP", late.code(), "at the deadline it is over, even before the sweep closes it");
        assertEquals("Answer not accepted: the attempt is past its deadline", late.message());
        attempt.submit(SubmitReason.STUDENT);
        assertEquals("ATTEMPT_CLOSED", answer("11", 3).code());
        assertEquals(1, journal.steps.size(), "only the answer in time went to the journal");
    }

    @Test
    void aResendOfAStoredAnswerIsAcknowledgedAgainAfterTheClose() throws Exception {
        attempt.start();
        attempt.submit(SubmitReason.STUDENT);
        stored.add("11/4");
        assertTrue(answer("11", 4).accepted(), "its first ack was lost: acknowledged again");
        assertEquals("ATTEMPT_CLOSED", answer("11", 5).code(), "a new one is not");
        assertTrue(journal.steps.isEmpty(), "nothing is stored twice");
    }

    @Test
    void aResponseTheLogDoesNotTakeIsInvalid() throws Exception {
        attempt.start();
        CompletableFuture<AnswerDesk.AnswerReceipt> blank = desk.acceptAnswer(7, ITEMS, "11", 1, " ");
        assertEquals("INVALID_RESPONSE", blank.get().code());
        assertEquals(1, blank.get().seq());
        assertTrue(journal.steps.isEmpty());
    }

    @Test
    void anIntegrityEventIsStoredWithThePolicysSeverityAndFlaggedAsAnIncidentAboveInfo() throws Exception {
        attempt.start();
        Instant at = T0.minusSeconds(2);
        var paste = desk.recordIncident(7, IntegrityEventKind.PASTE, at);
        var back = desk.recordIncident(7, IntegrityEventKind.FOCUS_BACK, at);
        assertFalse(paste.isDone(), "stored first");
        journal.commitAll();
        assertTrue(paste.get().incident());
        assertEquals(Severity.HIGH, paste.get().event().severity());
        assertEquals(at, paste.get().event().occurredAt(), "the client's time, to recognise a resend");
        assertEquals(T0, paste.get().event().receivedAt());
        assertFalse(back.get().incident(), "INFO is kept, not shown");
        assertEquals(Optional.of(99L), desk.incidentId(paste.get().event()));

        var lost = desk.recordIncident(7, IntegrityEventKind.COPY, at);
        journal.failAll();
        assertThrows(ExecutionException.class, lost::get, "not stored: no incident to push");
    }

    @Test
    void timeLeftIsRoundedUpByTheServerClock() {
        attempt.start();
        clock.advance(Duration.ofMinutes(45).minusMillis(1500));
        assertEquals(2, desk.remainingSeconds(attempt), "1.5 s left reads 2, never 0 while time remains");
        clock.advance(Duration.ofMillis(1500));
        assertEquals(0, desk.remainingSeconds(attempt));
    }

    /** Holds what was queued until the test commits or fails it. */
    static final class FakeJournal implements AttemptJournal {
        final List<AnswerStep> steps = new ArrayList<>();
        final List<IntegrityEvent> events = new ArrayList<>();
        private final Map<CompletableFuture<Object>, Object> waiting = new HashMap<>();

        @Override
        public CompletableFuture<?> append(AnswerStep step) {
            steps.add(step);
            return pending(step);
        }

        @Override
        public CompletableFuture<?> record(IntegrityEvent event) {
            events.add(event);
            return pending(event);
        }

        private CompletableFuture<?> pending(Object entry) {
            CompletableFuture<Object> f = new CompletableFuture<>();
            waiting.put(f, entry);
            return f;
        }

        void commitAll() {
            new ArrayList<>(waiting.keySet()).forEach(f -> f.complete("committed"));
            waiting.clear();
        }

        void failAll() {
            new ArrayList<>(waiting.keySet()).forEach(f -> f.completeExceptionally(new IllegalStateException("db down")));
            waiting.clear();
        }
    }

}
