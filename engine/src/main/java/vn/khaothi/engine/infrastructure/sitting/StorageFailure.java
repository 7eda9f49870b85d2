package vn.khaothi.engine.infrastructure.sitting;

import java.sql.SQLException;

/**
 * The database failed under a store of sittings, attempts, marks or scans: unchecked, so that the
 * repositories' callers (the engine's services) neither see {@code java.sql} nor mistake it for a
 * refusal. The container answers it as a server error, as before (it was an
 * {@link IllegalStateException} then too).
 */
public final class StorageFailure extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private StorageFailure(SQLException cause) {
        super("storage failed: " + cause.getMessage(), cause);
    }

    public static StorageFailure of(SQLException e) {
        return new StorageFailure(e);
    }

    /** A call to JDBC. */
    @FunctionalInterface
    public interface SqlCall<T> {
        T call() throws SQLException;
    }

    /** Runs the call, its {@link SQLException} as a {@code StorageFailure}. */
    public static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw of(e);
        }
    }
}
