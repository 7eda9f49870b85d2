package vn.khaothi.engine.application.remote;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

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
                            new JdbcStudentTeachers(dataSource));
                }
                current = service;
            }
        }
        return current;
    }
}
