package vn.khaothi.engine.domain.remote;

import java.util.List;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Reason;
import vn.khaothi.rules.online.RemoteEligibility;

/**
 * The rules' view of a request at filing, kept as it was: whether it may go to the principal,
 * the obstacle codes, the reasons (vi/en) and the citations. Only {@link #of(Decision)} builds a
 * new one from the rules facade; the other constructor is for reading a stored snapshot.
 */
public record EligibilitySnapshot(boolean eligible, List<String> obstacles, List<Reason> reasons,
                                  List<String> citations) {

    public EligibilitySnapshot {
        obstacles = List.copyOf(obstacles);
        reasons = List.copyOf(reasons);
        citations = List.copyOf(citations);
    }

    public static EligibilitySnapshot of(Decision<RemoteEligibility> decision) {
        return new EligibilitySnapshot(decision.value().eligible(), decision.value().obstacles(),
                decision.reasons(), decision.citations());
    }
}
