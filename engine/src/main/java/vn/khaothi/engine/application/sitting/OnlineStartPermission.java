package vn.khaothi.engine.application.sitting;

/**
 * May this student start an attempt of this online sitting now? (quyền làm bài trực tuyến, issue 7)
 * A port: {@link AttemptService#start} asks it for an online sitting before the attempt starts;
 * the remote-assessment workflow implements it ({@code application.remote.RemoteOnlinePermission}).
 * Refuses by throwing (the workflow's {@code OnlineNotPermittedException}: 403 ONLINE_NOT_PERMITTED).
 * Called outside any JTA transaction: the workflow runs its own.
 *
 * <p>Not named {@code OnlinePermission}: that is the rules' decision value
 * ({@code vn.khaothi.rules.online.OnlinePermission}) which the implementation asks.
 */
@FunctionalInterface
public interface OnlineStartPermission {

    /** Returns when the start is permitted; throws to refuse. */
    void require(long sittingId, String studentUsername);
}
