package vn.khaothi.engine.infrastructure.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.khaothi.engine.application.platform.Settings;

/**
 * The physical data source behind the container's connection pool.
 *
 * <p>The container pools connections (see the {@code @DataSourceDefinition} in the web module)
 * but asks this class for each new physical connection. It locates the database itself: the
 * external MariaDB named by {@code KHAOTHI_DB_URL}, or the embedded one, started on first use.
 * Doing it here rather than in the pool definition keeps one source of truth and lets the
 * embedded server pick a free port at run time.
 */
public class ApplicationDataSource implements DataSource {

    private volatile MariaDbDataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private MariaDbDataSource delegate() throws SQLException {
        MariaDbDataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(DatabaseSettings.fromEnvironment());
                }
                current = delegate;
            }
        }
        return current;
    }

    private static MariaDbDataSource create(DatabaseSettings settings) throws SQLException {
        MariaDbDataSource ds;
        if (settings.embedded()) {
            EmbeddedDatabase db = EmbeddedDatabase.ensureStarted(Settings.dataDir());
            ds = new MariaDbDataSource(db.jdbcUrl());
            ds.setUser(db.user());
            ds.setPassword(db.password());
        } else {
            ds = new MariaDbDataSource(settings.externalUrl().orElseThrow());
            ds.setUser(settings.user());
            ds.setPassword(settings.password());
        }
        return ds;
    }

    /** A description without credentials, for logs and the operations endpoint. */
    public static String describe() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        return settings.embedded()
                ? EmbeddedDatabase.current().map(db -> "embedded MariaDB on 127.0.0.1:" + db.port())
                        .orElse("embedded MariaDB (not started)")
                : "external " + settings.externalUrl().orElseThrow().replaceAll("(?i)password=[^&;]*", "password=***");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging parent logger not supported");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
