package vn.khaothi.engine.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.account.TokenState;
import vn.khaothi.engine.domain.account.TokenStates;

/**
 * The revocation answer is asked on every REST call: it is cached per account for
 * {@link TokenRevocation#FRESHNESS} (another node's change is seen within that time), and dropped at
 * once on this node's own changes (sign-out, {@code forget} after an account change).
 */
class TokenRevocationTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    /** Token states in memory, counting how often they are read. */
    static final class States implements TokenStates {
        final Map<String, Integer> epochs = new HashMap<>();
        final Set<String> inactive = new HashSet<>();
        final Map<String, Instant> revoked = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        int reads;

        @Override
        public TokenState of(String username, Instant now) {
            reads++;
            if (!epochs.containsKey(username)) {
                return TokenState.UNKNOWN;
            }
            Set<String> ids = new HashSet<>();
            revoked.forEach((jti, until) -> {
                if (!until.isBefore(now)) {
                    ids.add(jti);
                }
            });
            return new TokenState(true, !inactive.contains(username), epochs.get(username), ids);
        }

        @Override
        public void revoke(String username, String jti, Instant expiresAt, Instant now) {
            calls.add("revoke " + jti);
            revoked.put(jti, expiresAt);
        }

        @Override
        public void dropExpired(Instant now) {
            calls.add("dropExpired " + now);
            revoked.values().removeIf(until -> until.isBefore(now));
        }
    }

    private final States states = new States();
    private final AtomicLong nanos = new AtomicLong();
    private final TokenRevocation revocation = new TokenRevocation(states, Clock.fixed(NOW, ZoneOffset.UTC),
            (Ticker) nanos::get);

    {
        states.epochs.put("gv01", 2);
    }

    private void later(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void onlyATokenOfTheCurrentEpochOfAnActiveAccountIsHonoured() {
        assertTrue(revocation.accepts("gv01", 2, "a"));
        assertFalse(revocation.accepts("gv01", 1, "a"), "issued before the epoch moved");
        assertFalse(revocation.accepts("nobody", -1, "a"), "no such account");
        assertFalse(revocation.accepts("gv01", 2, null), "no token id");
        assertFalse(revocation.accepts(null, 2, "a"), "no username");
        states.inactive.add("gv01");
        revocation.forget("gv01");
        assertFalse(revocation.accepts("gv01", 2, "a"), "disabled");
    }

    @Test
    void theAnswerIsCachedForFreshnessThenReadAgain() {
        assertTrue(revocation.accepts("gv01", 2, "a"));
        states.epochs.put("gv01", 3); // another node changed the password
        later(TokenRevocation.FRESHNESS.minusMillis(1));
        assertTrue(revocation.accepts("gv01", 2, "a"), "within FRESHNESS the cached answer stands");
        assertEquals(1, states.reads);
        later(Duration.ofMillis(2));
        assertFalse(revocation.accepts("gv01", 2, "a"), "after FRESHNESS the change is seen");
        assertTrue(revocation.accepts("gv01", 3, "a"));
        assertEquals(2, states.reads);
    }

    @Test
    void forgetMakesThisNodesOwnChangeSeenAtOnce() {
        assertTrue(revocation.accepts("gv01", 2, "a"));
        states.epochs.put("gv01", 3);
        revocation.forget("gv01");
        assertFalse(revocation.accepts("gv01", 2, "a"));
        assertEquals(2, states.reads);
    }

    @Test
    void signingOutRefusesThatTokenOnlyAtOnceAndDropsExpiredIdsFirst() {
        assertTrue(revocation.accepts("gv01", 2, "a"));
        revocation.revoke("gv01", "a", NOW.plus(Duration.ofHours(1)));
        assertEquals(List.of("dropExpired " + NOW, "revoke a"), states.calls);
        assertFalse(revocation.accepts("gv01", 2, "a"), "the signed-out token, without waiting for FRESHNESS");
        assertTrue(revocation.accepts("gv01", 2, "b"), "another token of the account");
    }
}
