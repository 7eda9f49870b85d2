package vn.khaothi.rules.online;

import java.util.Comparator;
import java.util.List;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;

/**
 * Where an assessment may be taken (TT09 Art. 6 and the directives): online permission and the
 * eligibility of a remote-assessment request. Stateless and thread-safe.
 */
public final class OnlineAssessmentPolicy {

    private final RuleSessionRunner runner;

    public OnlineAssessmentPolicy(RuleSessionRunner runner) {
        this.runner = runner;
    }

    /** May this sitting be taken online, and if not, what is missing? */
    public Decision<OnlinePermission> permission(OnlineSittingRequest request) {
        FactGuard.present("assessmentKind", request.kind());
        RuleRun run = runner.run(request);
        List<OnlineRequirement> missing = run.all(MissingRequirement.class).stream()
                .map(MissingRequirement::requirement)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        boolean allowed = run.first(OnlineAllowed.class).isPresent();
        boolean inPersonOnly = run.first(InPersonOnly.class).isPresent();
        return run.decision(new OnlinePermission(allowed, missing, inPersonOnly));
    }

    /** May this remote request go to the principal? */
    public Decision<RemoteEligibility> eligibility(RemoteRequest request) {
        FactGuard.present("assessmentKind", request.kind());
        FactGuard.present("filedAt", request.filedAt());
        FactGuard.present("sittingClosesAt", request.sittingClosesAt());
        FactGuard.atLeast("evidence", request.evidenceCount(), 0);
        RuleRun run = runner.run(request);
        List<String> obstacles = run.all(RemoteRequestObstacle.class).stream()
                .map(RemoteRequestObstacle::code).sorted().toList();
        return run.decision(new RemoteEligibility(run.first(RemoteRequestEligible.class).isPresent(), obstacles));
    }
}
