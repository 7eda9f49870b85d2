package vn.khaothi.engine.application.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.khaothi.engine.infrastructure.database.JtaTransactions;
import vn.khaothi.engine.infrastructure.jdbc.JdbcPeriodicSittings;
import vn.khaothi.rules.Regulations;

/**
 * Makes {@link PaperDeadlines} injectable: the stored facts read in one JTA transaction (a caller's
 * is joined), the rules of each school year.
 */
@ApplicationScoped
public class PaperDeadlinesProducer {

    @Inject
    JtaTransactions transactions;

    /** Dependent scope (a final class holding only its reader). */
    @Produces
    public PaperDeadlines paperDeadlines() {
        return new PaperDeadlines(new JdbcPeriodicSittings(transactions), Regulations::forSchoolYear, Clock.systemUTC());
    }
}
