package vn.khaothi.engine.application.remote;

import java.sql.Connection;
import java.sql.SQLException;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteRequest;

/**
 * Told of a decision (and of a filing) inside the decision's own transaction (on its connection): what it writes
 * is committed with the decision or not at all, so nobody is notified of a decision that was
 * rolled back, and no decision goes unannounced.
 */
@FunctionalInterface
public interface DecisionListener {

    DecisionListener NONE = (connection, request, decision) -> { };

    void decided(Connection connection, RemoteRequest request, RemoteDecision decision) throws SQLException;

    /** Told of a new request, in the filing's transaction; nothing by default. */
    default void filed(Connection connection, RemoteRequest request) throws SQLException {
    }
}
