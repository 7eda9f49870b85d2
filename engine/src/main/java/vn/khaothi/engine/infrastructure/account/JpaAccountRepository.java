package vn.khaothi.engine.infrastructure.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.engine.domain.account.AccountRepository;

/** {@link AccountRepository} over the {@link Account} entity, in the caller's JTA transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    /** For CDI. */
    public JpaAccountRepository() {
    }

    /** Outside the container (tools, tests) over an entity manager the caller runs transactions on. */
    public JpaAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery("Account.byUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }
}
