package vn.khaothi.engine.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long failed sign-ins slow further tries (trì hoãn đăng nhập), for one username or one
 * address. It replaces a lock: five wrong passwords typed by a classmate used to keep the proctor
 * out for minutes (issue 11, finding 5). Now a few mistakes cost nothing, then each further failure
 * doubles the wait from one second, and no wait is ever longer than {@link #MAX_DELAY} — so whoever
 * knows the password waits a minute at most after the last failure, while guessing stays slow
 * (about one guess a minute once the delay is at its cap).
 *
 * <p>Two instances: per username (few free failures: a person mistyping) and per address (many:
 * a whole class signs in from behind one school router, but a burst of failures from one address
 * over many usernames is slowed). Pure: the clock is the caller's {@code now}.
 */
public final class SignInDelay {

    /** Never more than this between a refused try and the next allowed one (api-contract.md, security). */
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** Failures older than this are forgotten: yesterday's typo does not slow today's sign-in. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final int freeFailures;

    private SignInDelay(int freeFailures) {
        this.freeFailures = freeFailures;
    }

    /** Per username: three mistakes are free. */
    public static SignInDelay perUsername() {
        return new SignInDelay(3);
    }

    /** Per address: forty failures are free (a class behind one router), then a burst is slowed. */
    public static SignInDelay perAddress() {
        return new SignInDelay(40);
    }

    /** The wait after this many failures in a row: 0 while free, then 1 s, 2 s, 4 s, … at most 60 s. */
    public Duration delayAfter(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over - 1, 16));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** When the next try is allowed, or empty when it is allowed now. */
    public Optional<Instant> waitUntil(int failures, Instant lastFailureAt, Instant now) {
        if (failures <= 0 || lastFailureAt == null || forgotten(lastFailureAt, now)) {
            return Optional.empty();
        }
        Instant next = lastFailureAt.plus(delayAfter(failures));
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }

    /** The count after one more failure at {@code now} (a forgotten streak starts again at one). */
    public int failuresAfterFailure(int failures, Instant lastFailureAt, Instant now) {
        return lastFailureAt == null || forgotten(lastFailureAt, now) ? 1 : failures + 1;
    }

    private static boolean forgotten(Instant lastFailureAt, Instant now) {
        return !lastFailureAt.plus(FORGET_AFTER).isAfter(now);
    }
}
