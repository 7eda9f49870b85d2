package vn.khaothi.engine.domain.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Walkthroughs of the attempt's state machine and clock, with a clock the test moves. */
class AttemptTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    private static final Duration FORTY_FIVE = Duration.ofMinutes(45);

    private final MutableClock clock = new MutableClock(T0);
    private final Attempt attempt = Attempt.notStarted(7, FORTY_FIVE, clock);

    @Test
    void startFixesTheDeadlineAtStartPlusDuration() {
        assertEquals(AttemptStatus.NOT_STARTED, attempt.status());
        assertEquals(Optional.empty(), attempt.deadline());
        assertFalse(attempt.acceptsAnswerAt(T0), "no answers before the start");
        clock.advance(Duration.ofMinutes(3));
        attempt.start();
        assertEquals(AttemptStatus.IN_PROGRESS, attempt.status());
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(48))), attempt.deadline());
        assertEquals(FORTY_FIVE, attempt.remainingAt(clock.instant()));
    }

    @Test
    void answersAreAcceptedStrictlyBeforeTheDeadlineOnly() {
        attempt.start();
        Instant deadline = T0.plus(FORTY_FIVE);
        assertTrue(attempt.acceptsAnswerAt(deadline.minusMillis(1)));
        assertFalse(attempt.acceptsAnswerAt(deadline), "at the deadline it is over");
        assertFalse(attempt.acceptsAnswerAt(deadline.plusSeconds(5)));
        assertEquals(Duration.ZERO, attempt.remainingAt(deadline.plusSeconds(5)));
    }

    @Test
    void pauseStopsTheClockAndResumeRecomputesTheDeadline() {
        attempt.start();
        clock.advance(Duration.ofMinutes(10));
        attempt.pause();
        assertEquals(AttemptStatus.PAUSED, attempt.status());
        assertEquals(Optional.empty(), attempt.deadline(), "no deadline while the clock stands still");
        assertFalse(attempt.acceptsAnswerAt(clock.instant()), "no answers while paused");

        clock.advance(Duration.ofMinutes(20));  // a fire drill
        assertEquals(Duration.ofMinutes(35), attempt.remainingAt(clock.instant()), "frozen");
        attempt.resume();
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(30 + 35))), attempt.deadline());
        assertEquals(AttemptStatus.IN_PROGRESS, attempt.status());
        assertTrue(attempt.acceptsAnswerAt(clock.instant()));
        // Past the original deadline, still inside the recomputed one.
        assertTrue(attempt.acceptsAnswerAt(T0.plus(Duration.ofMinutes(50))));
    }

    @Test
    void extendAddsMinutesBeforeDuringAndWhilePaused() {
        attempt.extend(Duration.ofMinutes(15));  // accommodation, granted before the start
        assertEquals(FORTY_FIVE.plusMinutes(15), attempt.remainingAt(T0));
        attempt.start();
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(60))), attempt.deadline());

        clock.advance(Duration.ofMinutes(5));
        attempt.extend(Duration.ofMinutes(5));  // EXTEND while running
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(65))), attempt.deadline());

        attempt.pause();
        attempt.extend(Duration.ofMinutes(2));  // EXTEND while paused: on the frozen time
        assertEquals(Duration.ofMinutes(62), attempt.remainingAt(clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        attempt.resume();
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(6 + 62))), attempt.deadline());
        assertEquals(Duration.ofMinutes(22), attempt.extensions());
    }

    @Test
    void aNonPositiveExtensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> attempt.extend(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> attempt.extend(Duration.ofMinutes(-5)));
        assertEquals(Duration.ZERO, attempt.extensions());
    }

    @Test
    void aStudentSubmitBeforeTheDeadlineIsStudent() {
        attempt.start();
        clock.advance(Duration.ofMinutes(30));
        attempt.submit(SubmitReason.STUDENT);
        assertEquals(AttemptStatus.SUBMITTED, attempt.status());
        assertEquals(Optional.of(SubmitReason.STUDENT), attempt.submitReason());
        assertEquals(Optional.of(clock.instant()), attempt.submittedAt());
        assertFalse(attempt.acceptsAnswerAt(clock.instant()));
    }

    @Test
    void aStudentSubmitAfterTheDeadlineIsRecordedAsTimeUpAtTheDeadline() {
        attempt.start();
        clock.advance(FORTY_FIVE.plusSeconds(3));
        attempt.submit(SubmitReason.STUDENT);
        assertEquals(Optional.of(SubmitReason.TIME_UP), attempt.submitReason());
        assertEquals(Optional.of(T0.plus(FORTY_FIVE)), attempt.submittedAt());
    }

    @Test
    void theAutoSubmitClosesOnlyAnExpiredRunningAttempt() {
        assertFalse(attempt.expireIfDue(), "not started");
        attempt.start();
        clock.advance(FORTY_FIVE.minusMillis(1));
        assertFalse(attempt.expireIfDue());
        assertThrows(IllegalAttemptTransition.class, () -> attempt.submit(SubmitReason.TIME_UP),
                "TIME_UP before the deadline");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(attempt.expireIfDue());
        assertEquals(Optional.of(SubmitReason.TIME_UP), attempt.submitReason());
        assertEquals(Optional.of(T0.plus(FORTY_FIVE)), attempt.submittedAt(), "closed at the deadline, not when swept");
        assertFalse(attempt.expireIfDue(), "once");
    }

    @Test
    void aPausedAttemptNeverExpires() {
        attempt.start();
        attempt.pause();
        clock.advance(Duration.ofHours(3));
        assertFalse(attempt.expireIfDue());
        assertEquals(AttemptStatus.PAUSED, attempt.status());
    }

    @Test
    void afterTheDeadlineNeitherPauseNorExtendRevivesTheAttempt() {
        attempt.start();
        clock.advance(FORTY_FIVE);
        IllegalAttemptTransition pause = assertThrows(IllegalAttemptTransition.class, attempt::pause);
        assertEquals(AttemptStatus.IN_PROGRESS, pause.from());
        assertEquals(AttemptStatus.PAUSED, pause.to());
        assertThrows(IllegalAttemptTransition.class, () -> attempt.extend(Duration.ofMinutes(5)));
        assertEquals(Optional.of(T0.plus(FORTY_FIVE)), attempt.deadline(), "unchanged");
    }

    @Test
    void terminateByAProctorFromAnyOpenState() {
        attempt.start();
        attempt.pause();
        attempt.terminate("Dùng điện thoại");
        assertEquals(AttemptStatus.SUBMITTED, attempt.status());
        assertEquals(Optional.of(SubmitReason.PROCTOR), attempt.submitReason());
        assertEquals("Dùng điện thoại", attempt.snapshot().terminationNote());
        assertEquals(null, attempt.snapshot().remaining(), "no frozen time left once closed");

        Attempt waiting = Attempt.notStarted(8, FORTY_FIVE, clock);
        waiting.terminate("Vắng");
        assertEquals(Optional.of(SubmitReason.PROCTOR), waiting.submitReason());
    }

    @Test
    void gradingFollowsSubmission() {
        attempt.start();
        attempt.submit(SubmitReason.STUDENT);
        attempt.grade(new BigDecimal("8.75"));
        assertEquals(AttemptStatus.GRADED, attempt.status());
        assertEquals(Optional.of(new BigDecimal("8.75")), attempt.score());
    }

    @Test
    void illegalTransitionsFailLoudlyWithFromAndToAndChangeNothing() {
        assertIllegal(Attempt::pause, AttemptStatus.NOT_STARTED, AttemptStatus.PAUSED);
        assertIllegal(Attempt::resume, AttemptStatus.NOT_STARTED, AttemptStatus.IN_PROGRESS);
        assertIllegal(a -> a.submit(SubmitReason.STUDENT), AttemptStatus.NOT_STARTED, AttemptStatus.SUBMITTED);
        assertIllegal(a -> a.grade(BigDecimal.TEN), AttemptStatus.NOT_STARTED, AttemptStatus.GRADED);

        attempt.start();
        assertIllegal(Attempt::start, AttemptStatus.IN_PROGRESS, AttemptStatus.IN_PROGRESS);
        assertIllegal(Attempt::resume, AttemptStatus.IN_PROGRESS, AttemptStatus.IN_PROGRESS);
        assertIllegal(a -> a.grade(BigDecimal.TEN), AttemptStatus.IN_PROGRESS, AttemptStatus.GRADED);

        attempt.pause();
        assertIllegal(Attempt::pause, AttemptStatus.PAUSED, AttemptStatus.PAUSED);
        assertIllegal(a -> a.submit(SubmitReason.STUDENT), AttemptStatus.PAUSED, AttemptStatus.SUBMITTED);

        attempt.resume();
        attempt.submit(SubmitReason.STUDENT);
        assertIllegal(Attempt::start, AttemptStatus.SUBMITTED, AttemptStatus.IN_PROGRESS);
        assertIllegal(Attempt::pause, AttemptStatus.SUBMITTED, AttemptStatus.PAUSED);
        assertIllegal(Attempt::resume, AttemptStatus.SUBMITTED, AttemptStatus.IN_PROGRESS);
        assertIllegal(a -> a.submit(SubmitReason.STUDENT), AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED);
        assertIllegal(a -> a.terminate("late"), AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED);
        assertIllegal(a -> a.extend(Duration.ofMinutes(1)), AttemptStatus.SUBMITTED, AttemptStatus.SUBMITTED);

        attempt.grade(BigDecimal.ONE);
        assertIllegal(a -> a.grade(BigDecimal.TEN), AttemptStatus.GRADED, AttemptStatus.GRADED);
        assertEquals(Optional.of(BigDecimal.ONE), attempt.score(), "the failed grade changed nothing");
    }

    @Test
    void aProctorSubmitGoesThroughTerminate() {
        attempt.start();
        assertThrows(IllegalArgumentException.class, () -> attempt.submit(SubmitReason.PROCTOR));
        assertEquals(AttemptStatus.IN_PROGRESS, attempt.status());
    }

    @Test
    void aSnapshotRestoresTheSameAttemptOnAnotherNode() {
        attempt.extend(Duration.ofMinutes(10));
        clock.advance(Duration.ofNanos(1_234_567));  // sub-millisecond time is not kept
        attempt.start();
        clock.advance(Duration.ofMinutes(4));
        attempt.pause();
        AttemptSnapshot saved = attempt.snapshot();

        Attempt restored = Attempt.restore(saved, clock);
        assertEquals(saved, restored.snapshot());
        clock.advance(Duration.ofMinutes(1));
        restored.resume();
        assertEquals(Optional.of(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plus(Duration.ofMinutes(51))),
                restored.deadline());
        assertEquals(0, restored.deadline().orElseThrow().getNano() % 1_000_000, "milliseconds only");
    }

    @Test
    void anInconsistentSnapshotIsRefused() {
        AttemptSnapshot broken = new AttemptSnapshot(1, AttemptStatus.IN_PROGRESS, FORTY_FIVE, Duration.ZERO,
                T0, null, null, null, null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> Attempt.restore(broken, clock));
    }

    private void assertIllegal(Consumer<Attempt> command, AttemptStatus from, AttemptStatus to) {
        AttemptSnapshot before = attempt.snapshot();
        IllegalAttemptTransition e = assertThrows(IllegalAttemptTransition.class, () -> command.accept(attempt));
        assertEquals(from, e.from(), e.getMessage());
        assertEquals(to, e.to(), e.getMessage());
        assertEquals(before, attempt.snapshot(), "nothing changed");
    }

    @Test
    void itemsAreShownToTheStudentOnlyFromTheStartWhileTheAttemptIsOpen() {
        assertFalse(attempt.status().showsItemsToStudent(), "not before the start (issue 11, finding 1)");
        attempt.start();
        assertTrue(attempt.status().showsItemsToStudent());
        attempt.pause();
        assertTrue(attempt.status().showsItemsToStudent(), "paused is still open");
        attempt.resume();
        attempt.submit(SubmitReason.STUDENT);
        assertFalse(attempt.status().showsItemsToStudent(), "closed: the review policy decides, not this");
    }

    @Test
    void extendWithinTheSittingIsCappedAtItsCloseUnlessOverridden() {
        Instant close = T0.plus(Duration.ofMinutes(60));
        attempt.start();                                   // deadline T0 + 45
        assertEquals(Duration.ofMinutes(10), attempt.extendWithin(Duration.ofMinutes(10), close, false));
        assertEquals(Optional.of(T0.plus(Duration.ofMinutes(55))), attempt.deadline(), "+10, not 510");
        Duration capped = attempt.extendWithin(Duration.ofMinutes(10), close, false);
        assertEquals(Duration.ofMinutes(5), capped, "only the 5 minutes left before the close");
        assertEquals(Optional.of(close), attempt.deadline());
        IllegalAttemptTransition none = assertThrows(IllegalAttemptTransition.class,
                () -> attempt.extendWithin(Duration.ofMinutes(1), close, false));
        assertTrue(none.getMessage().contains("the sitting closes at"), none.getMessage());
        assertEquals(Optional.of(close), attempt.deadline(), "a refused extension changes nothing");
        assertEquals(Duration.ofMinutes(15), attempt.extendWithin(Duration.ofMinutes(15), close, true), "the proctor's override");
        assertEquals(Optional.of(close.plus(Duration.ofMinutes(15))), attempt.deadline());
    }

    @Test
    void aPausedAttemptIsCappedFromNowPlusItsFrozenTime() {
        Instant close = T0.plus(Duration.ofMinutes(60));
        attempt.start();
        clock.advance(Duration.ofMinutes(10));
        attempt.pause();                                   // 35 minutes frozen, would end at T0 + 45
        assertEquals(Duration.ofMinutes(15), attempt.extendWithin(Duration.ofMinutes(30), close, false));
        assertEquals(Duration.ofMinutes(50), attempt.remainingAt(clock.instant()));
    }

    @Test
    void timeLeftIsShownInWholeSecondsRoundedUpAndTheSameInEveryMessage() {
        attempt.start();
        Instant almost = T0.plus(FORTY_FIVE).minusMillis(1);
        assertEquals(1, attempt.remainingSecondsAt(almost), "1 ms left reads 1 s, not 0");
        assertEquals(0, attempt.remainingSecondsAt(T0.plus(FORTY_FIVE)));
        assertEquals(45 * 60, attempt.remainingSecondsAt(T0));
        assertEquals(2700, Attempt.wholeSecondsLeft(Duration.ofMillis(2_699_001)));
        assertEquals(0, Attempt.wholeSecondsLeft(Duration.ofMillis(-5)), "never negative");
        attempt.pause();
        assertEquals(45 * 60, attempt.remainingSecondsAt(T0.plusSeconds(3600)), "paused time does not run");
    }

    @Test
    void aRefusalSaysItsCauseSoNoCallerReadsTheMessage() {
        attempt.start();
        Instant close = T0.plus(FORTY_FIVE);
        IllegalAttemptTransition full = assertThrows(IllegalAttemptTransition.class,
                () -> attempt.extendWithin(Duration.ofMinutes(5), close, false));
        assertEquals(IllegalAttemptTransition.Cause.PAST_CLOSE, full.cause());
        clock.advance(FORTY_FIVE);
        IllegalAttemptTransition late = assertThrows(IllegalAttemptTransition.class, attempt::pause);
        assertEquals(IllegalAttemptTransition.Cause.TIME_UP, late.cause());
        attempt.expireIfDue();
        IllegalAttemptTransition closed = assertThrows(IllegalAttemptTransition.class, () -> attempt.terminate("x"));
        assertEquals(IllegalAttemptTransition.Cause.STATE, closed.cause());
    }
}
