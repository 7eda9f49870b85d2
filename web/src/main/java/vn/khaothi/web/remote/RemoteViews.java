package vn.khaothi.web.remote;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.application.remote.EvidenceFile;
import vn.khaothi.engine.application.remote.Notification;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.rules.Reason;

/** The JSON bodies of the remote-assessment API (api-contract.md, "Remote periodic assessment"). */
public final class RemoteViews {

    private RemoteViews() {
    }

    /** One of the rules' reasons: Vietnamese, English, the clause and the rule (as in the regulations API). */
    public record ReasonView(String vi, String en, String citation, String rule) {

        static List<ReasonView> of(List<Reason> reasons) {
            return reasons.stream().map(r -> new ReasonView(r.vi(), r.en(), r.citation(), r.rule())).toList();
        }
    }

    /** The 201 of a filing: exactly the contract's fields, plus the rules' obstacle codes. */
    public record Filed(String id, String status, boolean eligible, List<ReasonView> reasons, List<String> citations,
                        List<String> obstacles) {

        static Filed of(RemoteRequest r) {
            return new Filed(r.id(), r.status().name(), r.eligibility().eligible(), ReasonView.of(r.eligibility().reasons()),
                    r.eligibility().citations(), r.eligibility().obstacles());
        }
    }

    /** A decision: what, the form, the note, who took it, as what, on whose behalf, and the signature line. */
    @JsonbNillable
    public record DecisionView(boolean approved, String form, String note, String decidedBy, String decidedByName,
                               String decidedAs, String onBehalfOf, String signature, String delegationId,
                               Instant decidedAt, boolean makeUpInPerson) {

        static DecisionView of(RemoteDecision d, String decidedByName) {
            return new DecisionView(d.approved(), d.form() == null ? null : d.form().name(), d.note(), d.decidedBy(),
                    decidedByName, d.decidedAs().name(), d.onBehalfOf(), d.signature(), d.delegationId(), d.decidedAt(),
                    d.makeUpInPerson());
        }
    }

    /** The 200 of a decision. */
    public record Decided(String id, String status, DecisionView decision) {
    }

    /** An evidence file as shown: name, detected type, size; {@code download} only for the deciders. */
    @JsonbNillable
    public record EvidenceView(String id, String fileName, String contentType, long sizeBytes, String sha256,
                               Instant uploadedAt, String download) {

        static EvidenceView of(EvidenceFile f, String requestId) {
            return new EvidenceView(f.id(), f.fileName(), f.contentType(), f.sizeBytes(), f.sha256(), f.uploadedAt(),
                    requestId == null ? null : "api/v1/remote-requests/" + requestId + "/evidence/" + f.id());
        }
    }

    /** The sitting as a request knows it. */
    @JsonbNillable
    public record SittingView(String id, String title, String kind, String subjectCode, String subjectVi, String subjectEn,
                              String classCode, String semester, String mode, Instant opensAt, Instant closesAt) {
    }

    /**
     * A request in full, as its viewer may see it: {@code evidence} is listed to the deciders (with
     * downloads) and to the filer (names only); anyone else sees only {@code evidenceCount}.
     */
    @JsonbNillable
    public record RequestView(String id, String status, String studentId, String studentName, String classCode,
                              SittingView sitting, String reason, String explanation, String filedBy, String filedByName,
                              String filedAs, Instant filedAt, boolean eligible, List<String> obstacles,
                              List<ReasonView> reasons, List<String> citations, int evidenceCount,
                              List<EvidenceView> evidence, DecisionView decision, Instant withdrawnAt,
                              boolean mayDecide, boolean mayWithdraw) {

        static RequestView of(RemoteRequest r, RemoteRecords.Labels l, List<EvidenceView> evidence, boolean mayDecide,
                              boolean isFiler) {
            return new RequestView(r.id(), r.status().name(), r.studentId(), l.studentName(), l.classCode(),
                    new SittingView(r.sitting().sittingId(), l.sittingTitle(), r.sitting().kind().name(), r.sitting().subjectCode(),
                            l.subjectVi(), l.subjectEn(), r.sitting().classCode(), r.sitting().semester(), l.sittingMode(),
                            l.opensAt(), r.sitting().closesAt()),
                    r.reason().name(), r.explanation(), r.filedBy(), l.filedByName(), r.filedAs().name(), r.filedAt(),
                    r.eligibility().eligible(), r.eligibility().obstacles(), ReasonView.of(r.eligibility().reasons()),
                    r.eligibility().citations(), r.evidence().size(), evidence,
                    r.decision().map(d -> DecisionView.of(d, l.decidedByName())).orElse(null), r.withdrawnAt().orElse(null),
                    mayDecide && r.status().name().equals("PENDING"),
                    isFiler && r.status().name().equals("PENDING"));
        }
    }

    /** An audit entry as the history shows it; {@code details} is the stored canonical JSON. */
    @JsonbNillable
    public record HistoryEntry(long sequence, Instant at, String actor, String onBehalfOf, String action, String details,
                               String hash) {

        static HistoryEntry of(AuditEntry e) {
            return new HistoryEntry(e.sequence(), e.at(), e.actor(), e.onBehalfOf(), e.action(), e.details(), e.hash());
        }
    }

    public record DelegationView(String id, String principalId, String deputyId, String scope, Instant validFrom,
                                 Instant validUntil, String recordedBy, Instant recordedAt, boolean current) {

        static DelegationView of(Delegation d, Instant now) {
            return new DelegationView(d.id(), d.principalId(), d.deputyId(), d.scope(), d.validFrom(), d.validUntil(),
                    d.recordedBy(), d.recordedAt(), d.covers(d.deputyId(), d.scope(), now));
        }
    }

    @JsonbNillable
    public record Person(String username, String name, String classCode) {
    }

    @JsonbNillable
    public record NotificationView(long id, String kind, String subjectId, String titleVi, String titleEn, String bodyVi,
                                   String bodyEn, String link, Instant createdAt, boolean read) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.subjectId(), n.titleVi(), n.titleEn(), n.bodyVi(), n.bodyEn(),
                    n.link(), n.createdAt(), n.read());
        }
    }

    public record NotificationList(int unread, List<NotificationView> items) {
    }

    /** Counts per status for one group of the report; the labels name a subject (else null). */
    @JsonbNillable
    public record Counts(String key, String labelVi, String labelEn, int pending, int approved, int rejected,
                         int withdrawn, int total) {
    }

    public record Report(String semester, int approved, List<Counts> byReason, List<Counts> byClass,
                         List<Counts> bySubject, List<String> semesters) {
    }

    public record Verification(boolean intact, long checked, List<Map<String, Object>> problems) {
    }
}
