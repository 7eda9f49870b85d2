package vn.khaothi.engine.domain.audit;

import java.util.ArrayList;
import java.util.List;

/** An audit trail in memory, for tests and tools; thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        AuditEntry entry = AuditChain.next(entries.isEmpty() ? null : entries.get(entries.size() - 1), event);
        entries.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> about(String subjectId) {
        return entries.stream().filter(e -> e.subjectId().equals(subjectId)).toList();
    }

    @Override
    public synchronized ChainVerification verify() {
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return AuditChain.verify(List.copyOf(entries), last == null ? null : new ChainHead(last.sequence(), last.hash()));
    }

    /** All entries, in order. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
