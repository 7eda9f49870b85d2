package vn.khaothi.engine.application.remote;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.database.JtaTransactions;
import vn.khaothi.engine.infrastructure.jdbc.JdbcRemoteStore;
import vn.khaothi.engine.infrastructure.jdbc.JdbcSittingCatalog;
import vn.khaothi.engine.infrastructure.jdbc.JdbcStudentTeachers;
import vn.khaothi.rules.Regulations;

/**
 * Makes the remote-assessment workflow injectable in the container: one service over a
 * {@link RemoteStore} in JTA transactions, with sittings read from table {@code sitting}. A caller
 * already inside a transaction (a {@code @Transactional} method, the start of an attempt asking
 * {@link RemoteOnlinePermission}) is joined, not bypassed.
 */
@ApplicationScoped
public class RemoteAssessmentProducer {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Inject
    JtaTransactions transactions;

    private volatile RemoteAssessmentService service;

    /** Dependent scope because the service is a final class (not proxyable); it is one instance all the same. */
    @Produces
    public RemoteAssessmentService service() {
        RemoteAssessmentService current = service;
        if (current == null) {
            synchronized (this) {
                if (service == null) {
                    service = new RemoteAssessmentService(store(), new JdbcSittingCatalog(dataSource),
                            new JdbcStudentTeachers(dataSource), Regulations::forSchoolYear, Clock.systemUTC(),
                            new DecisionNotifications());
                }
                current = service;
            }
        }
        return current;
    }

    /** Dependent scope (final classes): each holds only the store. */
    @Produces
    public EvidenceFiles evidenceFiles() {
        return new EvidenceFiles(store());
    }

    @Produces
    public Notifications notifications() {
        return new Notifications(store());
    }

    @Produces
    public RemoteRecords records() {
        return new RemoteRecords(store());
    }

    private RemoteStore store() {
        return new JdbcRemoteStore(transactions);
    }
}
