package vn.khaothi.engine.domain.remote;

import java.util.List;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.online.OnlineRequirement;

/**
 * May this student start an online attempt of this sitting now? The reasons, citations and
 * missing requirements are the rules' ({@code Regulations.onlinePermission}).
 *
 * @param allowed        the rules allow it
 * @param requires       what is still missing (FORCE_MAJEURE_REASON, PRINCIPAL_AUTHORIZATION, LIVE_PROCTORING, …)
 * @param reasons        the rules' reasons, vi/en
 * @param citations      the rules' citations
 * @param requestId      the student's latest request for this sitting, or null
 * @param requestStatus  its status, or null
 * @param approvedForm   the approved form, or null (an ONLINE_ORAL approval does not open a computer attempt)
 * @param makeUpInPerson the latest request was rejected: the student sits the make-up in person
 */
public record OnlineAttemptAnswer(boolean allowed, List<OnlineRequirement> requires, List<Reason> reasons,
                                  List<String> citations, String requestId, RequestStatus requestStatus,
                                  RemoteForm approvedForm, boolean makeUpInPerson) {

    public OnlineAttemptAnswer {
        requires = List.copyOf(requires);
        reasons = List.copyOf(reasons);
        citations = List.copyOf(citations);
    }

    /** This answer when allowed; an {@link OnlineNotPermittedException} (403 ONLINE_NOT_PERMITTED) otherwise. */
    public OnlineAttemptAnswer orThrow() {
        if (!allowed) {
            throw new OnlineNotPermittedException(this);
        }
        return this;
    }
}
