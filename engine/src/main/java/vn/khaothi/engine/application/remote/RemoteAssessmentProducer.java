package vn.khaothi.engine.application.remote;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.jdbc.JdbcSittingCatalog;
import vn.khaothi.engine.infrastructure.jdbc.JdbcStudentTeachers;
import vn.khaothi.rules.Regulations;

/**
 * Makes the remote-assessment workflow injectable in the container: one service over the
 * application's data source, with sittings read from table {@code sitting}.
 *
 * <p>The service runs its own local JDBC transactions, so callers must not be inside a JTA
 * transaction (a {@code @Transactional} method) when they call it.
 */
@ApplicationScoped
public class RemoteAssessmentProducer {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    private volatile RemoteAssessmentService service;

    /** Dependent scope because the service is a final class (not proxyable); it is one instance all the same. */
    @Produces
    public RemoteAssessmentService service() {
        RemoteAssessmentService current = service;
        if (current == null) {
            synchronized (this) {
                if (service == null) {
                    service = new RemoteAssessmentService(dataSource, new JdbcSittingCatalog(dataSource),
                            new JdbcStudentTeachers(dataSource), Regulations::forSchoolYear, Clock.systemUTC(),
                            new DecisionNotifications());
                }
                current = service;
            }
        }
        return current;
    }

    /** Dependent scope (final classes): each holds only the data source. */
    @Produces
    public EvidenceFiles evidenceFiles() {
        return new EvidenceFiles(dataSource);
    }

    @Produces
    public Notifications notifications() {
        return new Notifications(dataSource);
    }

    @Produces
    public RemoteRecords records() {
        return new RemoteRecords(dataSource);
    }
}
