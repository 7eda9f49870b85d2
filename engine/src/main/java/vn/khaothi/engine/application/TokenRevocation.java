package vn.khaothi.engine.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.khaothi.engine.domain.account.TokenState;
import vn.khaothi.engine.domain.account.TokenStates;

/**
 * Whether a signed token is still honoured (thu hồi phiên đăng nhập). Tokens stay stateless and
 * signed; this adds the one thing a signature cannot say: that the holder signed out (the token's
 * id is revoked) or that the account changed since (disabled, new password, new roles: the
 * account's {@code token_epoch} moved past the token's). Asked on every REST call and every
 * socket hello, so the answer per account is cached for {@link #FRESHNESS}: this node sees its own
 * changes at once (the entry is dropped), other nodes of a cluster within that time.
 */
@ApplicationScoped
public class TokenRevocation {

    static final Duration FRESHNESS = Duration.ofSeconds(5);

    @Inject
    TokenStates states;

    Clock clock = Clock.systemUTC();

    private final Cache<String, TokenState> cache;

    /** For CDI (and web's tests, which override the two questions). */
    public TokenRevocation() {
        this.cache = cache(Ticker.systemTicker());
    }

    /** Outside the container (unit tests): over a store of token states, a clock and the cache's ticker. */
    TokenRevocation(TokenStates states, Clock clock, Ticker ticker) {
        this.states = states;
        this.clock = clock;
        this.cache = cache(ticker);
    }

    private static Cache<String, TokenState> cache(Ticker ticker) {
        return Caffeine.newBuilder().expireAfterWrite(FRESHNESS).maximumSize(50_000).ticker(ticker).build();
    }

    /** True while a token of this account, issued under {@code epoch} with id {@code jti}, is honoured. */
    public boolean accepts(String username, int epoch, String jti) {
        if (username == null || jti == null) {
            return false;
        }
        return cache.get(username, this::load).accepts(epoch, jti);
    }

    /** Logout: this token (and only this one) is refused from now on, on every node. */
    @Transactional
    public void revoke(String username, String jti, Instant expiresAt) {
        Instant now = clock.instant();
        states.dropExpired(now);
        states.revoke(username, jti, expiresAt, now);
        forget(username);
    }

    /** Drops what this node remembers about the account (after its epoch or state changed). */
    public void forget(String username) {
        cache.invalidate(username);
    }

    private TokenState load(String username) {
        return states.of(username, clock.instant());
    }
}
