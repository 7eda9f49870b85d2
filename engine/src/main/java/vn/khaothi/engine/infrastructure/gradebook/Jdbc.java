package vn.khaothi.engine.infrastructure.gradebook;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.khaothi.engine.application.platform.Transactions;

/**
 * How the gradebook's stores reach the database: each call joins the enclosing transaction
 * ({@link Transactions#required}) and turns a checked {@link SQLException} into a {@link Failure},
 * which {@link JdbcGradebook#atomically} translates once, at the edge of the use case.
 */
final class Jdbc {

    private final Transactions transactions;

    Jdbc(Transactions transactions) {
        this.transactions = transactions;
    }

    <T> T on(Transactions.Work<T> work) {
        try {
            return transactions.required(work);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    Transactions transactions() {
        return transactions;
    }

    /** A storage failure on its way to the edge of the transaction, the SQLException as its cause. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromUtc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
