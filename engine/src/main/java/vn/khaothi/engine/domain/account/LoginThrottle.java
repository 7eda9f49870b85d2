package vn.khaothi.engine.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one username (known or not), kept in the database so that every node of a
 * cluster throttles alike. After {@link #MAX_FAILURES} failures inside {@link #WINDOW} the
 * username is locked, for longer at each further failure.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String username, Instant now) {
        this.username = username;
        this.windowStartedAt = now;
    }

    /** Whether the username is locked now; empty when sign-in may be tried. */
    public java.util.Optional<Instant> lockedUntil(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? java.util.Optional.of(lockedUntil) : java.util.Optional.empty();
    }

    public void recordFailure(Instant now) {
        if (windowStartedAt.plus(WINDOW).isBefore(now)) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            // 30 s, 60 s, 120 s ... capped: slows guessing without locking a student out for long.
            long factor = 1L << Math.min(failures - MAX_FAILURES, 10);
            Duration lock = FIRST_LOCK.multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        }
    }

    public int failures() {
        return failures;
    }
}
