package vn.khaothi.rules.online;

/**
 * May this assessment be taken online (làm bài trực tuyến)? TT09 Art. 8 and the directives.
 *
 * @param kind                the assessment kind
 * @param reason              the force-majeure reason, or null when none is given
 * @param explanation         the written explanation (needed for {@code OTHER}), or null
 * @param principalAuthorized the principal, or a deputy under a recorded delegation, decided yes
 * @param liveProctoring      a teacher supervises the whole online sitting live
 */
public record OnlineSittingRequest(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                   boolean principalAuthorized, boolean liveProctoring) {

    public boolean hasReason() {
        return reason != null;
    }

    public boolean hasExplanation() {
        return explanation != null && !explanation.isBlank();
    }
}
