package vn.khaothi.engine.application.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.OnlineAttemptAnswer;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.rules.Reason;

/** The details each audit entry records: the input, the outcome, and the rule firings with citations. */
final class AuditDetails {

    private AuditDetails() {
    }

    static Map<String, Object> filed(RemoteRequest r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("studentId", r.studentId());
        d.put("sittingId", r.sitting().sittingId());
        d.put("assessmentKind", r.sitting().kind());
        d.put("sittingClosesAt", r.sitting().closesAt().toString());
        d.put("reason", r.reason());
        d.put("explanation", r.explanation());
        d.put("filedAs", r.filedAs());
        d.put("evidence", r.evidence().stream().map(AuditDetails::evidence).toList());
        d.put("eligible", r.eligibility().eligible());
        d.put("obstacles", r.eligibility().obstacles());
        d.put("ruleFirings", firings(r.eligibility().reasons()));
        d.put("citations", r.eligibility().citations());
        return d;
    }

    static Map<String, Object> decided(RemoteRequest r, RemoteDecision decision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("outcome", r.status());
        d.put("form", decision.form());
        d.put("note", decision.note());
        d.put("decidedAs", decision.decidedAs());
        d.put("delegationId", decision.delegationId());
        d.put("signature", decision.signature());
        d.put("makeUpInPerson", decision.makeUpInPerson());
        d.put("eligibleAtFiling", r.eligibility().eligible());
        d.put("citations", r.eligibility().citations());
        return d;
    }

    static Map<String, Object> withdrawn(RemoteRequest r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("studentId", r.studentId());
        d.put("sittingId", r.sitting().sittingId());
        return d;
    }

    static Map<String, Object> delegation(Delegation g) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("principalId", g.principalId());
        d.put("deputyId", g.deputyId());
        d.put("scope", g.scope());
        d.put("validFrom", g.validFrom().toString());
        d.put("validUntil", g.validUntil().toString());
        return d;
    }

    static Map<String, Object> onlineStart(String studentId, OnlineAttemptAnswer a, boolean proctorConnected) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("studentId", studentId);
        d.put("allowed", a.allowed());
        d.put("requires", a.requires());
        d.put("proctorConnected", proctorConnected);
        d.put("requestId", a.requestId());
        d.put("requestStatus", a.requestStatus());
        d.put("approvedForm", a.approvedForm());
        d.put("ruleFirings", firings(a.reasons()));
        d.put("citations", a.citations());
        return d;
    }

    private static Map<String, Object> evidence(EvidenceRef e) {
        return Map.of("fileId", e.fileId(), "contentType", e.contentType(), "sizeBytes", e.sizeBytes());
    }

    private static List<Map<String, Object>> firings(List<Reason> reasons) {
        return reasons.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", r.rule());
            m.put("citation", r.citation());
            m.put("vi", r.vi());
            m.put("en", r.en());
            return m;
        }).toList();
    }
}
