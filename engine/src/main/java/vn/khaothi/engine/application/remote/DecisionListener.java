package vn.khaothi.engine.application.remote;

import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteRequest;

/**
 * Told of a decision (and of a filing) inside the decision's own transaction (through its
 * session): what it writes is committed with the decision or not at all, so nobody is notified of
 * a decision that was rolled back, and no decision goes unannounced.
 */
@FunctionalInterface
public interface DecisionListener {

    DecisionListener NONE = (session, request, decision) -> { };

    void decided(RemoteStore.Session session, RemoteRequest request, RemoteDecision decision);

    /** Told of a new request, in the filing's transaction; nothing by default. */
    default void filed(RemoteStore.Session session, RemoteRequest request) {
    }
}
