package vn.khaothi.engine.infrastructure.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import vn.khaothi.engine.domain.account.SignInFailureRepository;
import vn.khaothi.engine.domain.account.SignInFailures;

/** {@link SignInFailureRepository} over table {@code sign_in_failure}, in the caller's JTA transaction. */
@ApplicationScoped
public class JpaSignInFailureRepository implements SignInFailureRepository {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public JpaSignInFailureRepository() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public JpaSignInFailureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SignInFailures> locked(String subject) {
        return Optional.ofNullable(em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SignInFailures> read(String subject) {
        return Optional.ofNullable(em.find(SignInFailures.class, subject));
    }

    @Override
    public SignInFailures lockedOrNew(String subject, Instant now) {
        // INSERT IGNORE first: two nodes failing the same username at once both find the row.
        em.createNativeQuery("INSERT IGNORE INTO sign_in_failure (subject, failures, last_failure_at) VALUES (?, 0, ?)")
                .setParameter(1, subject).setParameter(2, Timestamps.dbTime(now)).executeUpdate();
        SignInFailures row = em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
        // The row may have been read (unlocked) earlier in this transaction: count on from what is committed.
        em.refresh(row);
        return row;
    }

    @Override
    public void clear(SignInFailures failures) {
        em.remove(failures);
    }
}
