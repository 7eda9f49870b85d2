package vn.khaothi.engine.infrastructure.database;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;

/**
 * {@link Transactions} without a container (unit tests, command-line tools): one JDBC connection
 * per thread, auto-commit off for the outermost call, and nested calls join it as JTA's
 * {@code REQUIRED} does. The work gets a handle whose {@code close}, {@code commit},
 * {@code rollback} and {@code setAutoCommit} are refused or ignored as the pool's enlisted handle
 * would have them, so a store that works here works in the container too.
 */
public final class LocalTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public LocalTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T required(Work<T> work) throws SQLException {
        Connection joined = current.get();
        if (joined != null) {
            return work.run(handle(joined));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.run(handle(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
            }
        }
    }

    /** True while this thread is inside {@link #required} (for tests of the stores' contract). */
    public boolean active() {
        return current.get() != null;
    }

    private static Connection handle(Connection connection) {
        return (Connection) Proxy.newProxyInstance(LocalTransactions.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            return null;
                        case "commit", "rollback", "setAutoCommit", "setSavepoint", "releaseSavepoint":
                            throw new SQLException(method.getName()
                                    + " inside a transaction: the transaction commits or rolls back as a whole");
                        default:
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }
}
