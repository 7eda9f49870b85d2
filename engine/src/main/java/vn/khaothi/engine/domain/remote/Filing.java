package vn.khaothi.engine.domain.remote;

import java.util.List;
import vn.khaothi.rules.online.ForceMajeureReason;

/**
 * What a filer submits (the body of {@code POST /api/v1/remote-requests}, with the sitting
 * resolved).
 *
 * @param studentId   the student who cannot come (username)
 * @param sitting     the periodic or retest sitting
 * @param reason      ILLNESS, DISASTER, EPIDEMIC_ISOLATION, FAMILY_EMERGENCY, OFFICIAL_DUTY or OTHER
 * @param explanation the written explanation; required for OTHER
 * @param evidence    the evidence files already stored
 */
public record Filing(String studentId, SittingRef sitting, ForceMajeureReason reason, String explanation,
                     List<EvidenceRef> evidence) {

    public Filing {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
