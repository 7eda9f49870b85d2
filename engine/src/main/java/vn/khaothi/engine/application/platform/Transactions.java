package vn.khaothi.engine.application.platform;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction (giao dịch) around a use case: what the work writes is committed together or not
 * at all. A call made while a transaction is already running joins it, so services compose — the
 * gradebook's publish inside a sitting's close, a remote decision and its notifications — without
 * knowing who called them.
 *
 * <p>In the container the transaction is JTA's ({@code JtaTransactions}): the connection handed to
 * the work is the pool's enlisted connection, shared with JPA and with every store that asks the
 * data source inside the same transaction. Outside it (unit tests, tools) {@code LocalTransactions}
 * gives the same contract over one JDBC connection per thread. The work never commits, rolls back or
 * changes auto-commit itself: a {@link RuntimeException} or {@link SQLException} thrown from it rolls
 * everything back and reaches the caller unchanged.
 */
public interface Transactions {

    /** Runs the work in the caller's transaction, or in a new one when there is none. */
    <T> T required(Work<T> work) throws SQLException;

    /** What runs inside the transaction, on its connection (close it or not: closing returns a handle only). */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
