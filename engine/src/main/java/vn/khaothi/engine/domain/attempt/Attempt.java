package vn.khaothi.engine.domain.attempt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's attempt (<i>bài làm</i>) at a sitting: the state machine and the
 * server-authoritative clock. Answers are not here but in the append-only {@link AnswerLog}
 * (Moodle's usage → question attempt → steps).
 *
 * <p>Timing: {@code deadline = start + duration + extensions}. PAUSE freezes the time left and
 * forgets the deadline; RESUME sets {@code deadline = now + frozen time left}. EXTEND adds minutes
 * (before the start: an accommodation; while running: to the deadline; while paused: to the frozen
 * time). Time comes from the injected {@link Clock} only, truncated to milliseconds (what the
 * database keeps), so that tests control it and a restored attempt equals the saved one.
 *
 * <p>Every command checks its guard first and throws {@link IllegalAttemptTransition} without
 * changing anything. Not thread-safe: the caller serialises the commands of one attempt.
 */
public final class Attempt {

    private final long id;
    private final Duration duration;
    private final Clock clock;
    private AttemptStatus status;
    private Duration extensions;
    private Instant startedAt;
    private Instant deadline;
    private Instant pausedAt;
    private Duration remaining;
    private Instant submittedAt;
    private SubmitReason submitReason;
    private String terminationNote;
    private BigDecimal score;

    private Attempt(AttemptSnapshot s, Clock clock) {
        this.id = s.id();
        this.duration = requirePositive(s.duration(), "duration");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.extensions = s.extensions() == null ? Duration.ZERO : s.extensions();
        this.startedAt = s.startedAt();
        this.deadline = s.deadline();
        this.pausedAt = s.pausedAt();
        this.remaining = s.remaining();
        this.submittedAt = s.submittedAt();
        this.submitReason = s.submitReason();
        this.terminationNote = s.terminationNote();
        this.score = s.score();
        checkConsistent();
    }

    /** A new attempt that has not started; {@code duration} is the sitting's (thời gian làm bài). */
    public static Attempt notStarted(long id, Duration duration, Clock clock) {
        return new Attempt(new AttemptSnapshot(id, AttemptStatus.NOT_STARTED, duration, Duration.ZERO,
                null, null, null, null, null, null, null, null), clock);
    }

    /** Rebuilds an attempt from its stored state (any node, after a restart). */
    public static Attempt restore(AttemptSnapshot snapshot, Clock clock) {
        return new Attempt(snapshot, clock);
    }

    public AttemptSnapshot snapshot() {
        return new AttemptSnapshot(id, status, duration, extensions, startedAt, deadline, pausedAt, remaining,
                submittedAt, submitReason, terminationNote, score);
    }

    // ---- commands -------------------------------------------------------------------------

    /** NOT_STARTED → IN_PROGRESS; the deadline is fixed now. */
    public void start() {
        require(AttemptStatus.NOT_STARTED, AttemptStatus.IN_PROGRESS, "only an attempt that has not started can start");
        Instant now = now();
        startedAt = now;
        deadline = now.plus(duration).plus(extensions);
        status = AttemptStatus.IN_PROGRESS;
    }

    /** IN_PROGRESS → PAUSED (a proctor's PAUSE): the clock stops with the time left frozen. */
    public void pause() {
        require(AttemptStatus.IN_PROGRESS, AttemptStatus.PAUSED, "only a running attempt can be paused");
        Instant now = now();
        requireTimeLeft(now, AttemptStatus.PAUSED);
        remaining = Duration.between(now, deadline);
        pausedAt = now;
        deadline = null;
        status = AttemptStatus.PAUSED;
    }

    /** PAUSED → IN_PROGRESS (RESUME): the deadline is the frozen time left from now. */
    public void resume() {
        require(AttemptStatus.PAUSED, AttemptStatus.IN_PROGRESS, "only a paused attempt can be resumed");
        deadline = now().plus(remaining);
        remaining = null;
        pausedAt = null;
        status = AttemptStatus.IN_PROGRESS;
    }

    /**
     * Adds time (EXTEND, or a per-student accommodation before the start). Refused once closed,
     * and refused when the running clock has already passed the deadline: expiry is final, an
     * extension cannot bring back an attempt that the auto-submit is about to close.
     */
    public void extend(Duration extra) {
        requirePositive(extra, "extension");
        switch (status) {
            case NOT_STARTED -> extensions = extensions.plus(extra);
            case IN_PROGRESS -> {
                requireTimeLeft(now(), AttemptStatus.IN_PROGRESS);
                extensions = extensions.plus(extra);
                deadline = deadline.plus(extra);
            }
            case PAUSED -> {
                extensions = extensions.plus(extra);
                remaining = remaining.plus(extra);
            }
            default -> throw new IllegalAttemptTransition(status, status, "a closed attempt cannot be extended");
        }
    }

    /**
     * EXTEND within the sitting's window (issue 17): grants the minutes asked, but never past
     * {@code close} — the end the student would reach (the running deadline, or now plus the time
     * left when paused or not started) is capped there — unless the proctor overrides the close
     * explicitly (a student taken ill, a power cut near the end). Refused when nothing is left to
     * grant. Answers what was granted (possibly less than asked).
     */
    public Duration extendWithin(Duration extra, Instant close, boolean overrideClose) {
        requirePositive(extra, "extension");
        Duration granted = extra;
        if (!overrideClose && close != null && !status.isClosed()) {
            Instant now = now();
            Instant end = status == AttemptStatus.IN_PROGRESS ? deadline : now.plus(remainingAt(now));
            Duration room = Duration.between(end, close);
            if (room.compareTo(extra) < 0) {
                granted = room;
            }
            if (granted.isNegative() || granted.isZero()) {
                throw new IllegalAttemptTransition(status, status, IllegalAttemptTransition.Cause.PAST_CLOSE,
                        "the sitting closes at " + close + ": no time can be added without overriding the close");
            }
        }
        extend(granted);
        return granted;
    }

    /**
     * IN_PROGRESS → SUBMITTED by the student or by the clock. A student's submit that arrives
     * after the deadline is recorded as TIME_UP at the deadline (the clock closed it first); a
     * TIME_UP before the deadline is refused. PROCTOR goes through {@link #terminate}.
     */
    public void submit(SubmitReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason == SubmitReason.PROCTOR) {
            throw new IllegalArgumentException("a proctor's submit is terminate(note)");
        }
        require(AttemptStatus.IN_PROGRESS, AttemptStatus.SUBMITTED,
                "only a running attempt can be submitted by " + reason);
        Instant now = now();
        boolean timeUp = !now.isBefore(deadline);
        if (reason == SubmitReason.TIME_UP && !timeUp) {
            throw new IllegalAttemptTransition(status, AttemptStatus.SUBMITTED,
                    "TIME_UP before the deadline " + deadline + " (now " + now + ")");
        }
        close(timeUp ? SubmitReason.TIME_UP : SubmitReason.STUDENT, timeUp ? deadline : now);
    }

    /** The auto-submit: submits with TIME_UP when a running attempt's deadline has passed. */
    public boolean expireIfDue() {
        if (status == AttemptStatus.IN_PROGRESS && !now().isBefore(deadline)) {
            close(SubmitReason.TIME_UP, deadline);
            return true;
        }
        return false;
    }

    /** A proctor's TERMINATE: NOT_STARTED, IN_PROGRESS or PAUSED → SUBMITTED with PROCTOR. */
    public void terminate(String note) {
        if (status.isClosed()) {
            throw new IllegalAttemptTransition(status, AttemptStatus.SUBMITTED, "the attempt is already closed");
        }
        if (status == AttemptStatus.PAUSED) {
            remaining = null;
            pausedAt = null;
        }
        terminationNote = note;
        close(SubmitReason.PROCTOR, now());
    }

    /** SUBMITTED → GRADED once every item (essays included) has a mark. */
    public void grade(BigDecimal totalScore) {
        Objects.requireNonNull(totalScore, "score");
        if (totalScore.signum() < 0) {
            throw new IllegalArgumentException("a score cannot be negative: " + totalScore);
        }
        require(AttemptStatus.SUBMITTED, AttemptStatus.GRADED, "only a submitted attempt can be graded");
        score = totalScore;
        status = AttemptStatus.GRADED;
    }

    // ---- queries ---------------------------------------------------------------------------

    /** True only while running and strictly before the deadline (server clock). */
    public boolean acceptsAnswerAt(Instant at) {
        return status == AttemptStatus.IN_PROGRESS && at.isBefore(deadline);
    }

    /**
     * Time left shown to people, in whole seconds rounded up: while any time remains the clock never reads 0, and every
     * message (state, tick, paused, extended, roster) gives the same figure for the same instant.
     */
    public static long wholeSecondsLeft(Duration left) {
        return (Math.max(0, left.toMillis()) + 999) / 1000;
    }

    /** {@link #remainingAt} in whole seconds, rounded up as {@link #wholeSecondsLeft} says. */
    public long remainingSecondsAt(Instant at) {
        return wholeSecondsLeft(remainingAt(at));
    }

    /** The time left at {@code at}: the full time before the start, frozen while paused, 0 once closed. */
    public Duration remainingAt(Instant at) {
        return switch (status) {
            case NOT_STARTED -> duration.plus(extensions);
            case IN_PROGRESS -> at.isBefore(deadline) ? Duration.between(at, deadline) : Duration.ZERO;
            case PAUSED -> remaining;
            case SUBMITTED, GRADED -> Duration.ZERO;
        };
    }

    public long id() {
        return id;
    }

    public AttemptStatus status() {
        return status;
    }

    /** Present while running (and kept once closed after having run); empty before the start and while paused. */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    public Duration extensions() {
        return extensions;
    }

    public Optional<SubmitReason> submitReason() {
        return Optional.ofNullable(submitReason);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }

    // ---- internals -------------------------------------------------------------------------

    private void close(SubmitReason reason, Instant at) {
        submitReason = reason;
        submittedAt = at;
        status = AttemptStatus.SUBMITTED;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void require(AttemptStatus expected, AttemptStatus to, String why) {
        if (status != expected) {
            throw new IllegalAttemptTransition(status, to, why);
        }
    }

    private void requireTimeLeft(Instant now, AttemptStatus to) {
        if (!now.isBefore(deadline)) {
            throw new IllegalAttemptTransition(status, to, IllegalAttemptTransition.Cause.TIME_UP, "time is up (deadline " + deadline + ", now " + now + ")");
        }
    }

    private static Duration requirePositive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
        return d;
    }

    private void checkConsistent() {
        boolean ok = switch (status) {
            case NOT_STARTED -> startedAt == null && deadline == null;
            case IN_PROGRESS -> startedAt != null && deadline != null && remaining == null;
            case PAUSED -> startedAt != null && remaining != null && pausedAt != null && deadline == null;
            case SUBMITTED -> submittedAt != null && submitReason != null;
            case GRADED -> submittedAt != null && submitReason != null && score != null;
        };
        if (!ok) {
            throw new IllegalArgumentException("inconsistent attempt state: " + snapshot());
        }
    }
}
