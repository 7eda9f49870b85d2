package vn.khaothi.engine.application.remote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.khaothi.engine.application.sitting.OnlineStartPermission;
import vn.khaothi.engine.application.sitting.ProctorPresence;

/**
 * The remote-assessment workflow's answer to "may this student start online?": a periodic or
 * retest sitting needs an APPROVED request (ONLINE_PROCTORED) and a proctor connected
 * ({@link RemoteAssessmentService#mayStartOnline}, the rules decide; the answer is audited).
 */
@ApplicationScoped
public class RemoteOnlinePermission implements OnlineStartPermission {

    @Inject
    RemoteAssessmentService remote;

    @Inject
    ProctorPresence presence;

    @Override
    public void require(long sittingId, String studentUsername) {
        // The answer's audit entry commits with the caller's transaction, joined if there is one. AttemptService.start
        // calls this before its own, so a refusal (thrown here, after that commit) stays audited.
        remote.mayStartOnline(studentUsername, String.valueOf(sittingId), presence.proctorConnected(sittingId)).orThrow();
    }
}
