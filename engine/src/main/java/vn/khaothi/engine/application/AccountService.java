package vn.khaothi.engine.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.engine.domain.account.LoginThrottle;
import vn.khaothi.engine.domain.account.Role;

/** Accounts: sign-in with throttling, creation, lookup. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** A hash of a random password, checked when the username is unknown so both paths cost the same. */
    private volatile String decoyHash;

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    Clock clock = Clock.systemUTC();

    public SignIn signIn(String username, String password) {
        Instant now = clock.instant();
        LoginThrottle throttle = em.find(LoginThrottle.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (throttle != null && throttle.lockedUntil(now).isPresent()) {
            return new SignIn.Throttled(throttle.lockedUntil(now).get());
        }
        Optional<Account> account = findByUsername(username).filter(Account::active);
        boolean ok;
        if (account.isPresent()) {
            ok = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.matches(password, decoyHash()); // same cost as a real check: no user enumeration by timing
            ok = false;
        }
        if (ok) {
            if (throttle != null) {
                em.remove(throttle);
            }
            return new SignIn.Accepted(account.get());
        }
        if (throttle == null) {
            throttle = new LoginThrottle(username, now);
            em.persist(throttle);
        }
        throttle.recordFailure(now);
        return throttle.lockedUntil(now).<SignIn>map(SignIn.Throttled::new).orElseGet(SignIn.Rejected::new);
    }

    public Optional<Account> findByUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public Account create(String username, String password, String displayName, Set<Role> roles) {
        Account account = new Account(username, hasher.hash(password), displayName, roles, false);
        em.persist(account);
        return account;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(java.util.UUID.randomUUID().toString());
        }
        return decoyHash;
    }
}
