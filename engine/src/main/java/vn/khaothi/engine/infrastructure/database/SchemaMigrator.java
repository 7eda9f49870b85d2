package vn.khaothi.engine.infrastructure.database;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway at start-up; JPA never generates it.
 *
 * <p>Every module keeps its migrations under {@code db/migration} with date-stamped versions
 * ({@code V2026_11_22_01__school_structure.sql}) so that migrations written in different modules
 * interleave in the order they were written; a late-arriving earlier one is still applied
 * ({@code outOfOrder}).
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    /** Flyway logs the JDBC URL at INFO, and the driver's URL carries the password: keep that line out. */
    private static final Logger FLYWAY_URL_LOG = Logger.getLogger("org.flywaydb.core.FlywayExecutor");

    static {
        FLYWAY_URL_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private SchemaMigrator() {
    }

    /** Migrates and answers the schema version now in force (also when nothing was left to apply). */
    public static String migrate(DataSource dataSource, ClassLoader classLoader) {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                // Modules are developed side by side: a migration dated earlier may reach a database
                // that already has a later one (a developer's or a demo's kept data). Apply it, in
                // version order among the pending ones, rather than refusing to start.
                .outOfOrder(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        String version = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migration(s) applied now)");
        return version;
    }
}
