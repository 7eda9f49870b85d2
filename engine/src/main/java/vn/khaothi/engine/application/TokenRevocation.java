package vn.khaothi.engine.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private final Cache<String, AccountTokens> cache = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS).maximumSize(50_000).build();

    /** What decides about an account's tokens: active, its epoch, the ids signed out and not yet expired. */
    record AccountTokens(boolean exists, boolean active, int epoch, Set<String> revoked) {

        boolean accepts(int tokenEpoch, String jti) {
            return exists && active && tokenEpoch == epoch && (jti == null || !revoked.contains(jti));
        }
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
        em.createNativeQuery("DELETE FROM revoked_token WHERE expires_at < ?").setParameter(1, dbTime(now))
                .executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO revoked_token (jti, username, expires_at, revoked_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, jti).setParameter(2, username).setParameter(3, dbTime(expiresAt))
                .setParameter(4, dbTime(now)).executeUpdate();
        forget(username);
    }

    /** Drops what this node remembers about the account (after its epoch or state changed). */
    public void forget(String username) {
        cache.invalidate(username);
    }

    @SuppressWarnings("unchecked")
    private AccountTokens load(String username) {
        List<Object[]> account = em.createNativeQuery("SELECT active, token_epoch FROM account WHERE username = ?")
                .setParameter(1, username).getResultList();
        if (account.isEmpty()) {
            return new AccountTokens(false, false, -1, Set.of());
        }
        Object[] row = account.get(0);
        boolean active = row[0] instanceof Boolean b ? b : ((Number) row[0]).intValue() != 0;
        int epoch = ((Number) row[1]).intValue();
        List<Object> jtis = em.createNativeQuery("SELECT jti FROM revoked_token WHERE username = ? AND expires_at >= ?")
                .setParameter(1, username).setParameter(2, dbTime(clock.instant())).getResultList();
        Set<String> revoked = new HashSet<>();
        jtis.forEach(j -> revoked.add(String.valueOf(j)));
        return new AccountTokens(true, active, epoch, Set.copyOf(revoked));
    }

    /**
     * An instant as the JVM's local date-time: what a JDBC {@code Timestamp} used to bind here, so
     * rows written before and after compare alike.
     */
    private static java.time.LocalDateTime dbTime(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneId.systemDefault());
    }
}
