package vn.khaothi.engine.application.sitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.khaothi.engine.infrastructure.attempt.ProctorActionLog;

/**
 * Keeps a proctor's action (hành động của giám thị) for the attempt report (issue 17, point 11):
 * MESSAGE, PAUSE, RESUME, TERMINATE, ADMIT with who and when. A failed write never undoes the action.
 */
@ApplicationScoped
public class ProctorActions {

    private static final Logger LOG = Logger.getLogger(ProctorActions.class.getName());

    @Inject
    AttemptBackbone backbone;

    /** {@code attemptId} null for a message to the whole room. */
    public void record(long sittingId, Long attemptId, String action, String text, String proctor) {
        try {
            backbone.proctorActions().record(new ProctorActionLog.Action(sittingId, attemptId, action,
                    text, proctor, backbone.clock().instant()));
        } catch (RuntimeException e) {
            LOG.warning("proctor action not logged: " + e.getMessage());
        }
    }
}
