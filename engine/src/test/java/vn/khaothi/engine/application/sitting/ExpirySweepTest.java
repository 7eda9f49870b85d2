package vn.khaothi.engine.application.sitting;

import vn.khaothi.engine.domain.attempt.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * The auto-submit sweep without a container or database: attempts on a clock the test moves, the
 * event it fires, the grace, and two "nodes" sweeping the same attempts closing each once.
 */
class ExpirySweepTest {

    private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final MutableClock clock = new MutableClock(T0);
    private final Map<Long, Attempt> stored = new LinkedHashMap<>();
    private final List<Long> scored = new ArrayList<>();
    private final List<AttemptClosed> events = new ArrayList<>();

    /** The stored attempts; {@code expire} runs the guarded transition as AttemptService does. */
    private final ExpirySweep.Attempts attempts = new ExpirySweep.Attempts() {
        @Override
        public List<Long> expiredRunning(Instant cutoff, int limit) {
            return stored.values().stream()
                    .filter(a -> a.status() == AttemptStatus.IN_PROGRESS && !a.deadline().orElseThrow().isAfter(cutoff))
                    .map(Attempt::id).limit(limit).toList();
        }

        @Override
        public boolean expire(long attemptId) {
            if (attemptId == 13) {
                throw new IllegalStateException("database hiccup");
            }
            return stored.get(attemptId).expireIfDue();
        }

        @Override
        public long sittingOf(long attemptId) {
            return 500 + attemptId;
        }

        @Override
        public Instant closedAt(long attemptId) {
            return stored.get(attemptId).submittedAt().orElseThrow();
        }

        @Override
        public List<Long> unscoredSubmitted(int limit) {
            return stored.values().stream().filter(a -> a.status() == AttemptStatus.SUBMITTED && !scored.contains(a.id()))
                    .map(Attempt::id).toList();
        }

        @Override
        public void score(long attemptId) {
            scored.add(attemptId);
        }
    };

    private Attempt running(long id, int minutes) {
        Attempt a = Attempt.notStarted(id, Duration.ofMinutes(minutes), clock);
        a.start();
        stored.put(id, a);
        return a;
    }

    @Test
    void closesRunningAttemptsPastDeadlineAndGraceAtTheirDeadlineAndTellsTheLiveLayer() {
        Attempt due = running(1, 30);
        Attempt later = running(2, 45);
        ExpirySweep sweep = ExpirySweep.over(attempts, clock, GRACE, events::add);

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertEquals(0, sweep.sweep(), "within the grace: answers sent just before the deadline still arrive");
        assertEquals(AttemptStatus.IN_PROGRESS, due.status());

        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, sweep.sweep());
        assertEquals(AttemptStatus.SUBMITTED, due.status());
        assertEquals(SubmitReason.TIME_UP, due.submitReason().orElseThrow());
        assertEquals(List.of(new AttemptClosed(1, 501, SubmitReason.TIME_UP, T0.plus(Duration.ofMinutes(30)))), events,
                "closed at its deadline, not when the sweep came by");
        assertEquals(List.of(1L), scored, "scored in the same pass");
        assertEquals(AttemptStatus.IN_PROGRESS, later.status());
        assertEquals(1, sweep.closedTotal());
    }

    @Test
    void twoNodesSweepingTheSameAttemptsCloseEachOnceAndFireOnce() {
        running(1, 30);
        running(2, 30);
        ExpirySweep nodeA = ExpirySweep.over(attempts, clock, GRACE, events::add);
        ExpirySweep nodeB = ExpirySweep.over(attempts, clock, GRACE, events::add);
        clock.advance(Duration.ofMinutes(31));
        // B found the same attempts due (its query ran before A's closes) and tries to close them after A:
        List<Long> seenByB = attempts.expiredRunning(clock.instant().minus(GRACE), 10);
        assertEquals(2, nodeA.sweep());
        for (long id : seenByB) {
            assertTrue(!attempts.expire(id), "the guard re-checked on the stored state refuses a second close");
        }
        assertEquals(0, nodeB.sweep());
        assertEquals(2, events.size(), "one event per close, whichever node closed it");
    }

    @Test
    void aPausedAttemptIsNotDueAndAFailureIsLeftToTheNextPass() {
        Attempt paused = running(1, 30);
        paused.pause();
        running(13, 30);  // its close fails this time
        running(3, 30);
        ExpirySweep sweep = ExpirySweep.over(attempts, clock, GRACE, e -> {
            throw new IllegalStateException("a socket went away");
        });
        clock.advance(Duration.ofHours(2));
        assertEquals(1, sweep.sweep(), "13 failed and is left; 3 closed although its observer failed");
        assertEquals(AttemptStatus.PAUSED, paused.status(), "the clock stands still while paused");
        assertEquals(AttemptStatus.SUBMITTED, stored.get(3L).status());
        assertEquals(AttemptStatus.IN_PROGRESS, stored.get(13L).status());
    }

    @Test
    void aFailingQueryEndsThePassQuietly() {
        ExpirySweep sweep = ExpirySweep.over(new ExpirySweep.Attempts() {
            @Override
            public List<Long> expiredRunning(Instant cutoff, int limit) {
                throw new IllegalStateException("storage failed: not migrated yet");
            }

            @Override
            public boolean expire(long attemptId) {
                throw new AssertionError();
            }

            @Override
            public long sittingOf(long attemptId) {
                throw new AssertionError();
            }

            @Override
            public Instant closedAt(long attemptId) {
                throw new AssertionError();
            }

            @Override
            public List<Long> unscoredSubmitted(int limit) {
                throw new AssertionError();
            }

            @Override
            public void score(long attemptId) {
                throw new AssertionError();
            }
        }, clock, GRACE, events::add);
        assertEquals(0, sweep.sweep());
        assertEquals(T0, sweep.lastPass());
    }
}
