package vn.khaothi.engine.application.remote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.audit.ChainVerification;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.DecisionAuthority;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.engine.domain.remote.Delegations;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.Filing;
import vn.khaothi.engine.domain.remote.NotAllowedException;
import vn.khaothi.engine.domain.remote.OnlineAttemptAnswer;
import vn.khaothi.engine.domain.remote.OnlineAttemptEnforcement;
import vn.khaothi.engine.domain.remote.RemoteDecision;
import vn.khaothi.engine.domain.remote.RemoteForm;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RemoteRequestNotFoundException;
import vn.khaothi.engine.domain.remote.RemoteRequests;
import vn.khaothi.engine.domain.remote.RequestStatus;
import vn.khaothi.engine.domain.remote.SittingRef;
import vn.khaothi.engine.domain.remote.StudentTeachers;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.SchoolYear;
import vn.khaothi.rules.online.ForceMajeureReason;

/**
 * The remote periodic assessment workflow (issue 7): file → rules eligibility → store → audit;
 * decide → authority (principal, or deputy under a delegation valid at that instant) → store →
 * audit; the principal's queue; enforcement before an online attempt; the semester report.
 *
 * <p>Each call is one transaction of the {@link RemoteStore} (JTA's in the container; a caller's
 * running transaction is joined): the change, its audit entry and its notifications are committed
 * together or not at all. Refusals are {@code RemoteAssessmentException}s whose code the REST
 * layer maps (NOT_ALLOWED 403, CONFLICT 409, INVALID 422, NOT_FOUND 404, ONLINE_NOT_PERMITTED 403).
 */
public final class RemoteAssessmentService {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RemoteStore store;
    private final SittingCatalog sittings;
    private final StudentTeachers teachers;
    private final Function<SchoolYear, Regulations> regulationsOfYear;
    private final Map<SchoolYear, Regulations> regulations = new ConcurrentHashMap<>();
    private final Clock clock;
    private final DecisionListener afterDecision;

    public RemoteAssessmentService(RemoteStore store, SittingCatalog sittings, StudentTeachers teachers,
                                   Function<SchoolYear, Regulations> regulationsOfYear, Clock clock) {
        this(store, sittings, teachers, regulationsOfYear, clock, DecisionListener.NONE);
    }

    /** As above, telling {@code afterDecision} of each decision inside the decision's transaction. */
    public RemoteAssessmentService(RemoteStore store, SittingCatalog sittings, StudentTeachers teachers,
                                   Function<SchoolYear, Regulations> regulationsOfYear, Clock clock,
                                   DecisionListener afterDecision) {
        this.store = store;
        this.sittings = sittings;
        this.teachers = teachers;
        this.regulationsOfYear = regulationsOfYear;
        this.clock = clock;
        this.afterDecision = afterDecision;
    }

    /** With the standard regulations of the sitting's school year and the system clock. */
    public RemoteAssessmentService(RemoteStore store, SittingCatalog sittings, StudentTeachers teachers) {
        this(store, sittings, teachers, Regulations::forSchoolYear, Clock.systemUTC());
    }

    // ---- requests -------------------------------------------------------------------------------

    /** Files a request (201 PENDING, eligible or not, with the rules' reasons and citations). */
    public RemoteRequest file(Actor filer, String studentId, String sittingId, ForceMajeureReason reason,
                              String explanation, List<EvidenceRef> evidence) {
        SittingRef sitting = sitting(sittingId);
        Instant now = clock.instant();
        RemoteRequest request = RemoteRequest.file(UUID.randomUUID().toString(),
                new Filing(studentId, sitting, reason, explanation, evidence), filer, teachers, regulationsFor(sitting), now);
        return store.inTransaction(tx -> {
            RemoteRequests requests = tx.requests();
            boolean open = requests.forStudentAndSitting(studentId, sittingId, true).stream()
                    .anyMatch(r -> r.status() == RequestStatus.PENDING || r.status() == RequestStatus.APPROVED);
            if (open) {
                throw new ConflictException("ALREADY_REQUESTED", "student " + studentId
                        + " already has a pending or approved request for sitting " + sittingId);
            }
            requests.insert(request);
            tx.audit().append(AuditEvent.of(request.filedAt(), filer.username(), null, "REMOTE_REQUEST_FILED",
                    request.id(), AuditDetails.filed(request)));
            afterDecision.filed(tx, request);
            return request;
        });
    }

    /**
     * Refuses (403 NOT_ALLOWED) someone who may not file for this student and sitting, before
     * anything else of their filing is looked at; 404 for an unknown sitting.
     */
    public void ensureMayFile(Actor filer, String studentId, String sittingId) {
        RemoteRequest.mayFile(filer, studentId, sitting(sittingId), teachers);
    }

    /** Approves with a form or rejects with a note; only the principal or a delegated deputy. */
    public RemoteRequest decide(Actor actor, String requestId, boolean approve, RemoteForm form, String note) {
        return store.inTransaction(tx -> {
            RemoteRequests requests = tx.requests();
            RemoteRequest request = found(requests, requestId, true);
            Instant now = clock.instant();
            RemoteDecision decision = request.decide(actor, tx.delegations().toDeputy(actor.username()), approve, form, note, now);
            requests.update(request);
            tx.audit().append(AuditEvent.of(decision.decidedAt(), actor.username(), decision.onBehalfOf(),
                    approve ? "REMOTE_REQUEST_APPROVED" : "REMOTE_REQUEST_REJECTED", request.id(),
                    AuditDetails.decided(request, decision)));
            afterDecision.decided(tx, request, decision);
            return request;
        });
    }

    /** The filer withdraws a pending request. */
    public RemoteRequest withdraw(Actor actor, String requestId) {
        return store.inTransaction(tx -> {
            RemoteRequests requests = tx.requests();
            RemoteRequest request = found(requests, requestId, true);
            request.withdraw(actor, clock.instant());
            requests.update(request);
            tx.audit().append(AuditEvent.of(request.withdrawnAt().orElseThrow(), actor.username(), null,
                    "REMOTE_REQUEST_WITHDRAWN", request.id(), AuditDetails.withdrawn(request)));
            return request;
        });
    }

    /** One request, for the student, the filer or a decider. */
    public RemoteRequest view(Actor actor, String requestId) {
        return store.inTransaction(tx -> {
            RemoteRequest request = found(tx.requests(), requestId, false);
            request.ensureVisibleTo(actor, tx.delegations().toDeputy(actor.username()), clock.instant());
            return request;
        });
    }

    /** The evidence references of a request, for the deciders only. */
    public List<EvidenceRef> evidence(Actor actor, String requestId) {
        return store.inTransaction(tx -> {
            RemoteRequest request = found(tx.requests(), requestId, false);
            request.ensureEvidenceVisibleTo(actor, tx.delegations().toDeputy(actor.username()), clock.instant());
            return request.evidence();
        });
    }

    /** Requests the actor filed or that are about them (the student's and the teacher's view). */
    public List<RemoteRequest> mine(Actor actor) {
        return store.inTransaction(tx -> tx.requests().filedByOrAbout(actor.username()));
    }

    /** The decider's queue: pending requests, oldest first, each with the rules' view at filing. */
    public List<RemoteRequest> queue(Actor actor) {
        return store.inTransaction(tx -> {
            DecisionAuthority.resolve(actor, tx.delegations().toDeputy(actor.username()), clock.instant());
            return tx.requests().withStatus(RequestStatus.PENDING);
        });
    }

    /** Requests with any status, for a decider (the queue is {@link #queue}); oldest first. */
    public List<RemoteRequest> withStatus(Actor actor, RequestStatus status) {
        return store.inTransaction(tx -> {
            DecisionAuthority.resolve(actor, tx.delegations().toDeputy(actor.username()), clock.instant());
            return tx.requests().withStatus(status);
        });
    }

    /** May this person decide now (the principal, or a deputy under a current delegation)? */
    public boolean mayDecide(Actor actor) {
        return store.inTransaction(tx -> DecisionAuthority.find(actor, tx.delegations().toDeputy(actor.username()),
                clock.instant()).isPresent());
    }

    /** The audit entries about a request, for a decider. */
    public List<AuditEntry> history(Actor actor, String requestId) {
        return store.inTransaction(tx -> {
            DecisionAuthority.resolve(actor, tx.delegations().toDeputy(actor.username()), clock.instant());
            found(tx.requests(), requestId, false);
            return tx.audit().about(requestId);
        });
    }

    // ---- delegations ----------------------------------------------------------------------------

    /** The principal (or an administrator on the principal's instruction) records a delegation. */
    public Delegation recordDelegation(Actor recorder, String principalId, String deputyId, String scope,
                                       Instant validFrom, Instant validUntil) {
        Delegation delegation = Delegation.record(UUID.randomUUID().toString(), principalId, deputyId, scope,
                validFrom, validUntil, recorder, clock.instant());
        return store.inTransaction(tx -> {
            Delegation.requireSchoolPrincipal(principalId, tx.delegations().schoolPrincipals());
            tx.delegations().insert(delegation);
            tx.audit().append(AuditEvent.of(delegation.recordedAt(), recorder.username(),
                    recorder.is(principalId) ? null : principalId, "DELEGATION_RECORDED", delegation.id(),
                    AuditDetails.delegation(delegation)));
            return delegation;
        });
    }

    /**
     * Revokes a delegation now (the principal who gave it, or an administrator): its period ends,
     * the row says who revoked it, and the audit chain gets a DELEGATION_REVOKED entry.
     */
    public Delegation revokeDelegation(Actor revoker, String delegationId) {
        return store.inTransaction(tx -> {
            Delegations delegations = tx.delegations();
            Delegation current = delegations.byId(delegationId).orElseThrow(() ->
                    new RemoteRequestNotFoundException("DELEGATION", "no delegation " + delegationId));
            Instant now = clock.instant();
            Delegation revoked = current.revoke(revoker, now);
            delegations.revoke(revoked, revoker.username(), now);
            tx.audit().append(AuditEvent.of(now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), revoker.username(),
                    revoker.is(current.principalId()) ? null : current.principalId(), "DELEGATION_REVOKED",
                    revoked.id(), AuditDetails.delegation(revoked)));
            return revoked;
        });
    }

    // ---- enforcement ----------------------------------------------------------------------------

    /**
     * May this student start an online attempt of this sitting now? Periodic and retest sittings
     * need an APPROVED request (ONLINE_PROCTORED) and a proctor connected; the rules decide. The
     * answer of a periodic sitting is audited; call {@link OnlineAttemptAnswer#orThrow()} to refuse
     * with ONLINE_NOT_PERMITTED.
     */
    public OnlineAttemptAnswer mayStartOnline(String studentId, String sittingId, boolean proctorConnected) {
        SittingRef sitting = sittingToStart(sittingId);
        OnlineAttemptEnforcement enforcement = new OnlineAttemptEnforcement(regulationsFor(sitting));
        return store.inTransaction(tx -> {
            OnlineAttemptAnswer answer = enforcement.check(studentId, sitting,
                    tx.requests().forStudentAndSitting(studentId, sittingId, false), proctorConnected);
            if (sitting.kind().inPersonByDefault()) {
                tx.audit().append(AuditEvent.of(clock.instant(), studentId, null,
                        answer.allowed() ? "ONLINE_START_ALLOWED" : "ONLINE_START_REFUSED", sittingId,
                        AuditDetails.onlineStart(studentId, answer, proctorConnected)));
            }
            return answer;
        });
    }

    // ---- report and audit -----------------------------------------------------------------------

    /** Counts of one semester by reason, class and subject: principal, deputy principal or admin. */
    public RemoteReport report(Actor actor, String semester) {
        if (!actor.has(Role.PRINCIPAL) && !actor.has(Role.DEPUTY_PRINCIPAL) && !actor.has(Role.ADMIN)) {
            throw new NotAllowedException("NOT_A_MANAGER", actor.username() + " may not see the remote-assessment report");
        }
        return store.inTransaction(tx -> {
            RemoteRequests requests = tx.requests();
            Map<ForceMajeureReason, StatusCounts> byReason = new EnumMap<>(ForceMajeureReason.class);
            requests.counts(semester, "reason").forEach((k, v) -> byReason.put(ForceMajeureReason.valueOf(k), StatusCounts.of(v)));
            return new RemoteReport(semester, byReason, counts(requests, semester, "class_code"),
                    counts(requests, semester, "subject_code"));
        });
    }

    /** Re-computes the whole audit chain. */
    public ChainVerification verifyAudit() {
        return store.inTransaction(tx -> tx.audit().verify());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Map<String, StatusCounts> counts(RemoteRequests requests, String semester, String column) {
        Map<String, StatusCounts> counts = new LinkedHashMap<>();
        requests.counts(semester, column).forEach((k, v) -> counts.put(k, StatusCounts.of(v)));
        return counts;
    }

    /**
     * The sitting facts a start asks about (kind, close, class, subject), remembered for a few
     * seconds: a synchronized start asks for the same few sittings thousands of times (issue 19),
     * and no statement changes them after the sitting's creation. Filing and deciding read them anew.
     */
    private SittingRef sittingToStart(String sittingId) {
        SittingRef known = starting.getIfPresent(sittingId);
        if (known != null) {
            return known;
        }
        SittingRef read = sitting(sittingId);
        starting.put(sittingId, read);
        return read;
    }

    private final Cache<String, SittingRef> starting = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(10_000).build();

    private SittingRef sitting(String sittingId) {
        return sittings.find(sittingId).orElseThrow(() -> new RemoteRequestNotFoundException("SITTING_NOT_FOUND",
                "no sitting " + sittingId));
    }

    private static RemoteRequest found(RemoteRequests requests, String id, boolean lock) {
        return requests.find(id, lock).orElseThrow(() -> new RemoteRequestNotFoundException("REQUEST_NOT_FOUND",
                "no remote-assessment request " + id));
    }

    /** The regulations of the school year the sitting falls in (Vietnam's calendar). */
    private Regulations regulationsFor(SittingRef sitting) {
        SchoolYear year = SchoolYear.containing(LocalDate.ofInstant(sitting.closesAt(), VIETNAM));
        return regulations.computeIfAbsent(year, regulationsOfYear);
    }
}
