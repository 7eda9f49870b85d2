package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.application.remote.DisplayNames;
import vn.khaothi.engine.application.remote.EvidenceStore;
import vn.khaothi.engine.application.remote.NotificationStore;
import vn.khaothi.engine.application.remote.RemoteStore;
import vn.khaothi.engine.domain.audit.AuditTrail;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.Delegations;
import vn.khaothi.engine.domain.remote.RemoteRequests;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;

/**
 * {@link RemoteStore} over {@link Transactions}: JTA's in the container ({@code JtaTransactions}),
 * a thread's JDBC connection in unit tests ({@code LocalTransactions}). Each session's repositories
 * share the transaction's connection, so nothing of a use case commits without the rest.
 *
 * <p>A write that lost a race is found by the database (a second decision row for a request, an
 * evidence file claimed twice): the integrity violation may surface inside the work or, under JTA,
 * at commit wrapped in the container's {@code TransactionalException}/{@code RollbackException}.
 * Either way the cause chain holds a {@link SQLIntegrityConstraintViolationException}, and the
 * caller gets the refusal {@code CHANGED_CONCURRENTLY} (409) as before JTA.
 */
public final class JdbcRemoteStore implements RemoteStore {

    private final Transactions transactions;

    public JdbcRemoteStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * For read-only use without a transaction of its own (the gradebook's view of delegations): each
     * call borrows a connection from the data source — in the container the pool hands out the
     * enlisted one when a JTA transaction is running. Never for writes.
     */
    public static JdbcRemoteStore reading(DataSource dataSource) {
        return new JdbcRemoteStore(new Transactions() {
            @Override
            public <T> T required(Work<T> work) throws SQLException {
                try (Connection connection = dataSource.getConnection()) {
                    return work.run(connection);
                }
            }
        });
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try {
            return transactions.required(c -> work.run(new JdbcSession(c)));
        } catch (SQLException e) {
            throw refusalOrFailure(e);
        } catch (RuntimeException e) {
            if (lostARace(e)) {
                throw changedConcurrently();
            }
            throw e;
        }
    }

    private static RuntimeException refusalOrFailure(SQLException e) {
        if (lostARace(e)) {
            return changedConcurrently();
        }
        return new IllegalStateException("remote-assessment storage failed: " + e.getMessage(), e);
    }

    private static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static ConflictException changedConcurrently() {
        return new ConflictException("CHANGED_CONCURRENTLY", "the request was changed by someone else meanwhile");
    }

    /** The repositories of one transaction: light objects over its connection, made when asked. */
    private static final class JdbcSession implements Session {

        private final Connection connection;

        JdbcSession(Connection connection) {
            this.connection = connection;
        }

        @Override
        public RemoteRequests requests() {
            return new JdbcRemoteRequests(connection);
        }

        @Override
        public Delegations delegations() {
            return new JdbcDelegations(connection);
        }

        @Override
        public AuditTrail audit() {
            return new JdbcAuditTrail(connection);
        }

        @Override
        public DisplayNames names() {
            return new JdbcDisplayNames(connection);
        }

        @Override
        public NotificationStore notifications() {
            return new JdbcNotifications(connection);
        }

        @Override
        public EvidenceStore evidence() {
            return new JdbcEvidenceFiles(connection);
        }
    }
}
