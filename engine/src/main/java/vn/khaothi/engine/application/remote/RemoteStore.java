package vn.khaothi.engine.application.remote;

import vn.khaothi.engine.domain.audit.AuditTrail;
import vn.khaothi.engine.domain.remote.Delegations;
import vn.khaothi.engine.domain.remote.RemoteRequests;

/**
 * Where the remote-assessment workflow keeps what it changes, one transaction per use case: the
 * work gets a {@link Session} whose repositories all write in that transaction, so a decision, its
 * audit entry and its notifications are committed together or not at all. A call made inside a
 * running transaction (JTA's in the container) joins it.
 *
 * <p>The implementation ({@code JdbcRemoteStore}) refuses a write that lost a race to another
 * writer (the database's integrity check, during the work or at commit) as a
 * {@code ConflictException} {@code CHANGED_CONCURRENTLY}; any other storage failure is an
 * {@link IllegalStateException}. Refusals thrown by the work reach the caller unchanged, after the
 * rollback.
 */
public interface RemoteStore {

    <T> T inTransaction(Work<T> work);

    /** What runs inside the transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session session);
    }

    /** The repositories and read models of one transaction; valid only while its work runs. */
    interface Session {

        RemoteRequests requests();

        Delegations delegations();

        AuditTrail audit();

        DisplayNames names();

        NotificationStore notifications();

        EvidenceStore evidence();
    }
}
