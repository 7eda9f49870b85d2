package vn.khaothi.engine.domain.audit;

import java.util.List;

/** The append-only, hash-chained audit trail. Entries are never changed or removed. */
public interface AuditTrail {

    /** Appends an event as the next entry of the chain and answers that entry. */
    AuditEntry append(AuditEvent event);

    /** The entries about one subject (e.g. a request), in order. */
    List<AuditEntry> about(String subjectId);

    /** Re-computes the whole chain and says whether (and where) it was tampered with. */
    ChainVerification verify();
}
