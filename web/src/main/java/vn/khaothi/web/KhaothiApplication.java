package vn.khaothi.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api/v1} and the application's connection pool.
 *
 * <p>The container pools the connections; {@code ApplicationDataSource} decides where they go
 * (the external MariaDB of {@code KHAOTHI_DB_URL}, or the embedded one).
 *
 * <p>A pooled connection is checked by a query that reaches the server ({@code SELECT COUNT(*)
 * FROM DUAL}), at most every 5 s per connection: the "meta-data" check is answered by MariaDB's
 * driver without asking the server, so after a Galera node died the pool kept handing out cut
 * connections (issue 19, docs/benchmarks.md). A failed check discards the whole pool.
 */
@ApplicationPath("/api/v1")
@DataSourceDefinition(
        name = "java:app/jdbc/khaothi",
        className = "vn.khaothi.engine.infrastructure.database.ApplicationDataSource",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 64,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=table",
            "fish.payara.validation-table-name=DUAL",
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            "fish.payara.fail-all-connections=true"
        })
@OpenAPIDefinition(info = @Info(title = "Khảo Thí API", version = "1",
        description = "Assessment engine for Vietnamese schools: item bank, papers, online tests with live proctoring, regulations."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class KhaothiApplication extends Application {
}
