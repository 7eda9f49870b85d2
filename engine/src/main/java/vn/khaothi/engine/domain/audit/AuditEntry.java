package vn.khaothi.engine.domain.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit trail (nhật kí): its place ({@code sequence}, from 1), what
 * happened, the previous entry's hash and its own hash over both.
 */
public record AuditEntry(long sequence, Instant at, String actor, String onBehalfOf, String action,
                         String subjectId, String details, String previousHash, String hash) {

    public AuditEvent event() {
        return new AuditEvent(at, actor, onBehalfOf, action, subjectId, details);
    }
}
