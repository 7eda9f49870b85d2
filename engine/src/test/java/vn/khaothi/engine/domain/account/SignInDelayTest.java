package vn.khaothi.engine.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in delay with a clock the test moves (issue 11, finding 5): a growing wait, never a lock. */
class SignInDelayTest {

    private static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
    private final SignInDelay perUser = SignInDelay.perUsername();

    /** Plays failures every {@code gap} and answers the entity as it stands. */
    private SignInFailures failEvery(int count, Duration gap) {
        SignInFailures f = new SignInFailures(SignInFailures.ofUsername("hs079"));
        Instant now = T0;
        for (int i = 0; i < count; i++) {
            f.recordFailure(perUser, now);
            now = now.plus(gap);
        }
        return f;
    }

    @Test
    void aFewMistakesCostNothing() {
        SignInFailures f = failEvery(3, Duration.ofSeconds(1));
        assertEquals(Optional.empty(), f.waitUntil(perUser, T0.plusSeconds(2)), "three typos: no wait");
    }

    @Test
    void theDelayDoublesFromOneSecondAndStopsAtSixtySeconds() {
        assertEquals(Duration.ZERO, perUser.delayAfter(3));
        assertEquals(Duration.ofSeconds(1), perUser.delayAfter(4));
        assertEquals(Duration.ofSeconds(2), perUser.delayAfter(5));
        assertEquals(Duration.ofSeconds(32), perUser.delayAfter(9));
        assertEquals(Duration.ofSeconds(60), perUser.delayAfter(10));
        assertEquals(Duration.ofSeconds(60), perUser.delayAfter(1_000_000), "no overflow, no lock");
    }

    @Test
    void fiveWrongPasswordsNoLongerLockTheRightOneOutForMinutes() {
        // The probe: five wrong passwords for hs079, then the right one.
        SignInFailures f = failEvery(5, Duration.ZERO);
        Optional<Instant> wait = f.waitUntil(perUser, T0);
        assertEquals(Optional.of(T0.plusSeconds(2)), wait);
        assertEquals(Optional.empty(), f.waitUntil(perUser, T0.plusSeconds(2)), "two seconds later the owner gets in");
    }

    @Test
    void evenAfterAThousandFailuresTheOwnerWaitsAtMostSixtySeconds() {
        SignInFailures f = failEvery(1000, Duration.ofMillis(10));
        Instant last = T0.plus(Duration.ofMillis(10 * 999));
        Instant until = f.waitUntil(perUser, last).orElseThrow();
        assertFalse(until.isAfter(last.plus(SignInDelay.MAX_DELAY)), "never more than 60 s: " + until);
        assertEquals(Optional.empty(), f.waitUntil(perUser, last.plus(SignInDelay.MAX_DELAY)));
    }

    @Test
    void oldFailuresAreForgotten() {
        SignInFailures f = failEvery(12, Duration.ZERO);
        Instant later = T0.plus(SignInDelay.FORGET_AFTER);
        assertEquals(Optional.empty(), f.waitUntil(perUser, later));
        f.recordFailure(perUser, later);
        assertEquals(1, f.failures(), "a new streak");
    }

    @Test
    void anAddressHasRoomForAClassButABurstIsSlowed() {
        SignInDelay perAddress = SignInDelay.perAddress();
        SignInFailures f = new SignInFailures(SignInFailures.ofAddress("10.0.0.7"));
        for (int i = 0; i < 40; i++) {
            f.recordFailure(perAddress, T0);
        }
        assertEquals(Optional.empty(), f.waitUntil(perAddress, T0), "forty typos behind one router are fine");
        for (int i = 0; i < 5; i++) {
            f.recordFailure(perAddress, T0);
        }
        assertTrue(f.waitUntil(perAddress, T0).isPresent(), "a burst of 45 is slowed");
        assertEquals(Duration.ofSeconds(16), perAddress.delayAfter(45));
    }
}
