package vn.khaothi.engine.application.sitting;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.khaothi.engine.application.platform.Settings;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * The auto-submit sweep (tự động nộp bài), an engine guarantee that needs no client: running
 * attempts whose deadline passed more than the grace ({@code KHAOTHI_SWEEP_GRACE_MS}, 2000) ago are
 * submitted TIME_UP <i>at their deadline</i> and scored; submitted attempts left unscored (a node
 * stopped in between) are scored. Each close fires {@link AttemptClosed}. The grace lets answers
 * accepted just before the deadline reach the log before the scoring reads it.
 *
 * <p>Anything may trigger a pass (the live layer's timer does, every {@code KHAOTHI_SWEEP_SECONDS}):
 * the decision and the close are here.
 *
 * <p>Safe on a cluster without a lease: the close is a <b>guarded conditional update</b> — the
 * attempt is loaded with its row version, {@link Attempt#expireIfDue()} re-checks the guard, and the
 * save succeeds only if the row still has that version ({@link AttemptService#command}). When two
 * nodes sweep the same attempt, one save wins; the other reloads, finds it SUBMITTED, its guard
 * answers false, and it neither closes again nor fires a second event. So "once per cluster" is
 * about cost (issue 19), never about correctness.
 */
@ApplicationScoped
public class ExpirySweep {

    private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());
    static final int BATCH = 200;

    /** What a pass needs of the stored attempts (port: {@link AttemptService} and the stores here, a fake in tests). */
    public interface Attempts {
        /** Running attempts whose deadline is at or before {@code cutoff}, earliest first. */
        List<Long> expiredRunning(Instant cutoff, int limit);

        /** The guarded close; false when nothing was due (already closed, paused, extended meanwhile). */
        boolean expire(long attemptId);

        long sittingOf(long attemptId);

        /** The deadline it was closed at (the submit time of a TIME_UP close). */
        Instant closedAt(long attemptId);

        List<Long> unscoredSubmitted(int limit);

        void score(long attemptId);
    }

    @Inject
    AttemptBackbone backbone;

    @Inject
    AttemptService service;

    @Inject
    Event<AttemptClosed> closedEvents;

    private Attempts attempts;
    private Clock clock;
    private Consumer<AttemptClosed> closed;
    private Duration grace;
    private volatile Instant lastPass;
    private volatile long closedTotal;

    /** For unit tests outside the container. */
    public static ExpirySweep over(Attempts attempts, Clock clock, Duration grace, Consumer<AttemptClosed> closed) {
        ExpirySweep sweep = new ExpirySweep();
        sweep.attempts = Objects.requireNonNull(attempts);
        sweep.clock = Objects.requireNonNull(clock);
        sweep.grace = Objects.requireNonNull(grace);
        sweep.closed = Objects.requireNonNull(closed);
        return sweep;
    }

    @PostConstruct
    void wire() {
        clock = backbone.clock();
        grace = Duration.ofMillis(Long.parseLong(Settings.get("KHAOTHI_SWEEP_GRACE_MS", "2000")));
        closed = closedEvents::fire;
        attempts = new Attempts() {
            @Override
            public List<Long> expiredRunning(Instant cutoff, int limit) {
                return backbone.attempts().expiredRunning(cutoff, limit);
            }

            @Override
            public boolean expire(long attemptId) {
                return service.expire(attemptId);
            }

            @Override
            public long sittingOf(long attemptId) {
                return service.ref(attemptId).sittingId();
            }

            @Override
            public Instant closedAt(long attemptId) {
                return service.current(attemptId).submittedAt().orElse(null);
            }

            @Override
            public List<Long> unscoredSubmitted(int limit) {
                return backbone.sittings().unscoredSubmitted(limit);
            }

            @Override
            public void score(long attemptId) {
                service.score(attemptId);
            }
        };
    }

    /** One pass; answers how many attempts it closed. Never throws: what fails is left to the next pass. */
    public int sweep() {
        int count = 0;
        try {
            Instant cutoff = clock.instant().minus(grace);
            for (long id : attempts.expiredRunning(cutoff, BATCH)) {
                AttemptClosed done;
                try {
                    if (!attempts.expire(id)) {
                        continue;
                    }
                    done = new AttemptClosed(id, attempts.sittingOf(id), SubmitReason.TIME_UP, attempts.closedAt(id));
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "expiry of attempt " + id + " left to the next pass: " + e);
                    continue;
                }
                count++;
                tell(done);
            }
            for (long id : attempts.unscoredSubmitted(BATCH)) {
                attempts.score(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "sweep pass failed (database not ready?): " + e);
        }
        lastPass = clock.instant();
        closedTotal += count;
        if (count > 0) {
            LOG.info("Auto-submitted " + count + " attempt(s) at their deadline");
        }
        return count;
    }

    /** An observer that fails (a socket gone) does not undo the close, nor stop the pass. */
    private void tell(AttemptClosed done) {
        try {
            closed.accept(done);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an observer of the close of attempt " + done.attemptId() + " failed", e);
        }
    }

    public Instant lastPass() {
        return lastPass;
    }

    public long closedTotal() {
        return closedTotal;
    }
}
