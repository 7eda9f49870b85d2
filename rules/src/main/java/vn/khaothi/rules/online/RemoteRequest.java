package vn.khaothi.rules.online;

import java.time.Instant;

/**
 * A student's request to take a sitting remotely (đơn xin kiểm tra trực tuyến), checked before
 * it reaches the principal.
 *
 * @param kind            the kind of the sitting's assessment
 * @param reason          the force-majeure reason, or null
 * @param explanation     the written explanation, or null
 * @param evidenceCount   how many pieces of evidence are attached
 * @param filedAt         when the request was filed
 * @param sittingClosesAt when the sitting closes
 */
public record RemoteRequest(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                            int evidenceCount, Instant filedAt, Instant sittingClosesAt) {

    public boolean hasReason() {
        return reason != null;
    }

    public boolean hasExplanation() {
        return explanation != null && !explanation.isBlank();
    }

    public boolean filedAfterClose() {
        return filedAt.isAfter(sittingClosesAt);
    }
}
