package vn.khaothi.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Inject
    PlatformState state;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        if (!state.isReady()) {
            return response.down().withData("startup", state.failure() == null ? "in progress" : "failed").build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("schemaVersion", String.valueOf(state.schemaVersion())).build();
        } catch (SQLException e) {
            return response.down().withData("error", "database unreachable").build();
        }
    }
}
