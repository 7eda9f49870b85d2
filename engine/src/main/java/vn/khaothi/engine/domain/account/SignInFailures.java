package vn.khaothi.engine.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * The recent failed sign-ins of one subject — {@code user:<username>} or {@code addr:<address>} —
 * kept in the database so that every node of a cluster slows alike; {@link SignInDelay} says how much.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    @Id
    @Column(length = 120)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected SignInFailures() {
    }

    public SignInFailures(String subject) {
        this.subject = subject;
    }

    public static String ofUsername(String username) {
        return "user:" + username;
    }

    public static String ofAddress(String address) {
        return "addr:" + (address.length() > 100 ? address.substring(0, 100) : address);
    }

    public Optional<Instant> waitUntil(SignInDelay policy, Instant now) {
        return policy.waitUntil(failures, lastFailureAt, now);
    }

    public void recordFailure(SignInDelay policy, Instant now) {
        failures = policy.failuresAfterFailure(failures, lastFailureAt, now);
        lastFailureAt = now;
    }

    public int failures() {
        return failures;
    }
}
