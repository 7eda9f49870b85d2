package vn.khaothi.engine.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * Something to record (before it gets its place in the chain).
 *
 * @param at          when it happened (kept to the millisecond, as stored)
 * @param actor       who did it (username)
 * @param onBehalfOf  whose authority they used (a deputy's principal), or null
 * @param action      what, in ASCII, e.g. {@code REMOTE_REQUEST_FILED}
 * @param subjectId   the id of what it was done to
 * @param details     canonical JSON: the input, the outcome, the rule firings and citations
 */
public record AuditEvent(Instant at, String actor, String onBehalfOf, String action, String subjectId, String details) {

    public AuditEvent {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
        details = details == null ? "{}" : details;
    }

    /** An event whose details are written as canonical JSON. */
    public static AuditEvent of(Instant at, String actor, String onBehalfOf, String action, String subjectId,
                                Map<String, ?> details) {
        return new AuditEvent(at, actor, onBehalfOf, action, subjectId, CanonicalJson.write(details));
    }
}
