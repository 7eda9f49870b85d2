package vn.khaothi.engine.domain.remote;

import java.time.Instant;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * The decision on a request (quyết định): approved with a form, or rejected with a note. A
 * rejection points the student to an in-person make-up (kiểm tra bù).
 *
 * @param approved        approved or rejected
 * @param form            the form of an approval; null for a rejection
 * @param note            the note (required for a rejection)
 * @param decidedBy       who decided
 * @param decidedAs       PRINCIPAL or DEPUTY_PRINCIPAL
 * @param onBehalfOf      the principal when a deputy signed "KT. Hiệu trưởng", else null
 * @param delegationId    the delegation a deputy acted under, else null
 * @param decidedAt       when
 */
public record RemoteDecision(boolean approved, RemoteForm form, String note, String decidedBy, Role decidedAs,
                             String onBehalfOf, String delegationId, Instant decidedAt) {

    /** A rejected student sits the make-up in person (TT22 Art. 7, applied by the make-up rules). */
    public boolean makeUpInPerson() {
        return !approved;
    }

    public String signature() {
        return new DecisionAuthority(decidedBy, decidedAs, onBehalfOf, delegationId).signature();
    }
}
