package vn.khaothi.rules.online;

/**
 * May this assessment be taken online (làm bài trực tuyến)? TT09 Art. 6 and the directives.
 *
 * @param kind           the assessment kind
 * @param reason         the force-majeure reason, or null when none is given
 * @param explanation    the written explanation (needed for {@code OTHER}, school policy), or null
 * @param decider        who decided that it may be online ({@link Decider#NONE} when nobody did)
 * @param liveProctoring a teacher supervises the whole online sitting live
 */
public record OnlineSittingRequest(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                   Decider decider, boolean liveProctoring) {

    public OnlineSittingRequest {
        decider = decider == null ? Decider.NONE : decider;
    }

    /**
     * The first version: {@code principalAuthorized} means the principal (or a deputy under a
     * delegation, which the caller has checked) decided yes.
     */
    public OnlineSittingRequest(AssessmentKind kind, ForceMajeureReason reason, String explanation,
                                boolean principalAuthorized, boolean liveProctoring) {
        this(kind, reason, explanation, principalAuthorized ? Decider.PRINCIPAL : Decider.NONE, liveProctoring);
    }

    /** A decision that counts was taken (the principal's, or a deputy's under a delegation). */
    public boolean principalAuthorized() {
        return decider.decides();
    }

    public boolean hasReason() {
        return reason != null;
    }

    public boolean hasExplanation() {
        return explanation != null && !explanation.isBlank();
    }
}
