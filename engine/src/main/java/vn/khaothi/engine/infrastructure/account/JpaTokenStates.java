package vn.khaothi.engine.infrastructure.account;

import static vn.khaothi.engine.infrastructure.account.Timestamps.dbTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.khaothi.engine.domain.account.TokenState;
import vn.khaothi.engine.domain.account.TokenStates;

/**
 * {@link TokenStates} over {@code account} and {@code revoked_token} in native SQL: two narrow
 * reads, not the {@code Account} entity with its roles, because this is asked on every REST call
 * the cache does not answer. Joins the caller's JTA transaction when there is one.
 */
@ApplicationScoped
public class JpaTokenStates implements TokenStates {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public JpaTokenStates() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public JpaTokenStates(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public TokenState of(String username, Instant now) {
        List<Object[]> account = em.createNativeQuery("SELECT active, token_epoch FROM account WHERE username = ?")
                .setParameter(1, username).getResultList();
        if (account.isEmpty()) {
            return TokenState.UNKNOWN;
        }
        Object[] row = account.get(0);
        boolean active = row[0] instanceof Boolean b ? b : ((Number) row[0]).intValue() != 0;
        int epoch = ((Number) row[1]).intValue();
        List<Object> jtis = em.createNativeQuery("SELECT jti FROM revoked_token WHERE username = ? AND expires_at >= ?")
                .setParameter(1, username).setParameter(2, dbTime(now)).getResultList();
        Set<String> revoked = new HashSet<>();
        jtis.forEach(j -> revoked.add(String.valueOf(j)));
        return new TokenState(true, active, epoch, revoked);
    }

    @Override
    public void revoke(String username, String jti, Instant expiresAt, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO revoked_token (jti, username, expires_at, revoked_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, jti).setParameter(2, username).setParameter(3, dbTime(expiresAt))
                .setParameter(4, dbTime(now)).executeUpdate();
    }

    @Override
    public void dropExpired(Instant now) {
        em.createNativeQuery("DELETE FROM revoked_token WHERE expires_at < ?").setParameter(1, dbTime(now))
                .executeUpdate();
    }
}
