package vn.khaothi.engine.application.platform;

import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.database.ApplicationDataSource;
import vn.khaothi.engine.infrastructure.database.DatabaseSettings;
import vn.khaothi.engine.infrastructure.database.SchemaMigrator;

/**
 * What start-up and the operators' page need to know about the database (cơ sở dữ liệu), so that
 * web asks the engine rather than reaching into its infrastructure: where it is, and the schema.
 */
public final class Database {

    private Database() {
    }

    /** True when no {@code KHAOTHI_DB_URL} is set and the embedded MariaDB is used. */
    public static boolean embedded() {
        return DatabaseSettings.fromEnvironment().embedded();
    }

    /** A description without credentials, for logs and the operations endpoint. */
    public static String describe() {
        return ApplicationDataSource.describe();
    }

    /** Migrates every module's {@code db/migration} and answers the schema version now in force. */
    public static String migrate(DataSource dataSource, ClassLoader classLoader) {
        return SchemaMigrator.migrate(dataSource, classLoader);
    }
}
