package vn.khaothi.engine.infrastructure.gradebook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import vn.khaothi.engine.application.gradebook.Amendments;
import vn.khaothi.engine.application.gradebook.Appeals;
import vn.khaothi.engine.application.gradebook.GradebookImports;
import vn.khaothi.engine.application.gradebook.GradebookOptions;
import vn.khaothi.engine.application.gradebook.GradebookService;
import vn.khaothi.engine.application.gradebook.ResultsService;
import vn.khaothi.engine.application.gradebook.SittingResults;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.engine.infrastructure.database.JtaTransactions;
import vn.khaothi.rules.Regulations;

/**
 * Makes the gradebook injectable: one service over the gradebook's JDBC repositories in JTA
 * transactions (a call made inside the caller's transaction joins it), the standard regulations of
 * each class's school year, and the remote workflow's delegations for the lock.
 */
@ApplicationScoped
public class GradebookProducer {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Inject
    JtaTransactions transactions;

    private volatile GradebookService service;

    @Produces
    public GradebookService gradebook() {
        GradebookService current = service;
        if (current == null) {
            synchronized (this) {
                if (service == null) {
                    // Only the delegations to a deputy, read on the pool's connection (inside a transaction it joins it).
                    RemoteRecords records = new RemoteRecords(dataSource);
                    service = new GradebookService(JdbcGradebookStores.over(transactions), Regulations::forSchoolYear,
                            records::delegations, Clock.systemUTC());
                }
                current = service;
            }
        }
        return current;
    }

    @Produces
    public ResultsService results() {
        return new ResultsService(gradebook(), Clock.systemUTC());
    }

    @Produces
    public GradebookImports imports() {
        return new GradebookImports(gradebook());
    }

    @Produces
    public SittingResults sittingResults() {
        return new SittingResults(gradebook(), Clock.systemUTC());
    }

    @Produces
    public GradebookOptions options() {
        return new GradebookOptions(gradebook());
    }

    @Produces
    public Amendments amendments() {
        return new Amendments(gradebook(), Clock.systemUTC());
    }

    @Produces
    public Appeals appeals() {
        return new Appeals(gradebook(), Clock.systemUTC());
    }
}
