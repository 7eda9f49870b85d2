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
        // RemoteAssessmentService runs its own local transaction: AttemptService.start calls this outside any JTA one.
        remote.mayStartOnline(studentUsername, String.valueOf(sittingId), presence.proctorConnected(sittingId)).orThrow();
    }
}
