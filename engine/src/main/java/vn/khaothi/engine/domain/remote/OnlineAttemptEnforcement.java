package vn.khaothi.engine.domain.remote;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.online.OnlinePermission;

/**
 * Enforcement (kiểm soát) before an online attempt starts: a periodic or retest sitting needs the
 * student's APPROVED request for that sitting, with the ONLINE_PROCTORED form, and a proctor
 * connected to the sitting's monitor. The rules facade decides; this class only gathers the facts
 * (the caller says whether a proctor is connected).
 */
public final class OnlineAttemptEnforcement {

    private final Regulations regulations;

    public OnlineAttemptEnforcement(Regulations regulations) {
        this.regulations = regulations;
    }

    /**
     * @param studentId        the student who wants to start
     * @param sitting          the sitting
     * @param requests         the student's requests for that sitting (others are ignored)
     * @param proctorConnected a proctor is connected to the sitting's monitor now
     */
    public OnlineAttemptAnswer check(String studentId, SittingRef sitting, Collection<RemoteRequest> requests,
                                     boolean proctorConnected) {
        var mine = requests.stream()
                .filter(r -> r.studentId().equals(studentId) && r.sitting().sittingId().equals(sitting.sittingId()))
                .toList();
        Optional<RemoteRequest> approved = mine.stream().filter(r -> r.status() == RequestStatus.APPROVED).findFirst();
        Optional<RemoteRequest> latest = approved.or(() -> mine.stream()
                .filter(r -> r.status() != RequestStatus.WITHDRAWN)
                .max(Comparator.comparing(RemoteRequest::filedAt)));
        RemoteForm form = approved.flatMap(RemoteRequest::decision).map(RemoteDecision::form).orElse(null);
        // An oral examination is held by the teacher over video; it does not open a computer attempt.
        boolean authorized = form == RemoteForm.ONLINE_PROCTORED;
        Decision<OnlinePermission> permission = regulations.onlinePermission(sitting.kind(),
                latest.map(RemoteRequest::reason).orElse(null), latest.map(RemoteRequest::explanation).orElse(null),
                authorized, proctorConnected);
        return new OnlineAttemptAnswer(permission.value().allowed(), permission.value().requires(),
                permission.reasons(), permission.citations(),
                latest.map(RemoteRequest::id).orElse(null), latest.map(RemoteRequest::status).orElse(null),
                form, latest.map(r -> r.status() == RequestStatus.REJECTED).orElse(false));
    }
}
