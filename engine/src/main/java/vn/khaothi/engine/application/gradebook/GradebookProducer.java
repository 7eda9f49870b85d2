package vn.khaothi.engine.application.gradebook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.rules.Regulations;

/**
 * Makes the gradebook injectable: one service over the application's data source, the standard
 * regulations of each class's school year, and the remote workflow's delegations for the lock.
 * The services run their own local JDBC transactions: callers must not be in a JTA transaction.
 */
@ApplicationScoped
public class GradebookProducer {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    private volatile GradebookService service;

    @Produces
    public GradebookService gradebook() {
        GradebookService current = service;
        if (current == null) {
            synchronized (this) {
                if (service == null) {
                    RemoteRecords records = new RemoteRecords(dataSource);
                    service = new GradebookService(dataSource, Regulations::forSchoolYear, records::delegations,
                            Clock.systemUTC());
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
