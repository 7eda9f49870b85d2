package vn.khaothi.engine.infrastructure.attempt;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real DataSource with switches: count the commits, make getConnection or commit fail, or hold
 * a commit until the test lets it go (to look at the futures while a transaction is open).
 */
final class ControllableDataSource implements DataSource {

    private final DataSource real;
    final AtomicInteger commits = new AtomicInteger();
    volatile boolean refuseConnections;
    volatile boolean failCommits;
    private volatile CountDownLatch holdCommit;
    private volatile CountDownLatch commitHeld;

    ControllableDataSource(DataSource real) {
        this.real = real;
    }

    /** The next commit waits until {@link #releaseCommit}; answers a latch that opens when it waits. */
    CountDownLatch holdNextCommit() {
        commitHeld = new CountDownLatch(1);
        holdCommit = new CountDownLatch(1);
        return commitHeld;
    }

    void releaseCommit() {
        CountDownLatch hold = holdCommit;
        holdCommit = null;
        hold.countDown();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (refuseConnections) {
            throw new SQLException("database unreachable (test)", "08S01");
        }
        return wrap(real.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        CountDownLatch hold = holdCommit;
                        if (hold != null) {
                            commitHeld.countDown();
                            if (!hold.await(60, TimeUnit.SECONDS)) {
                                throw new SQLException("the test never released the commit");
                            }
                        }
                        if (failCommits) {
                            throw new SQLException("commit failed (test)", "08S01");
                        }
                    }
                    try {
                        Object result = method.invoke(connection, args);
                        if (method.getName().equals("commit")) {
                            commits.incrementAndGet();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return real.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        real.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        real.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return real.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
