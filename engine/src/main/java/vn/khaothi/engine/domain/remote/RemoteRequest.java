package vn.khaothi.engine.domain.remote;

import vn.khaothi.itembank.domain.workflow.Actor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.online.ForceMajeureReason;

/**
 * A request to take a periodic or retest sitting online for force majeure (yêu cầu kiểm tra trực
 * tuyến vì lí do bất khả kháng), TT09 Art. 6 and regulations.md §4.
 *
 * <p>Life: filed (PENDING, with the rules' eligibility at that instant) → decided by the principal
 * or a deputy under a delegation (APPROVED with a form, or REJECTED with a note pointing to an
 * in-person make-up) — or WITHDRAWN by its filer while still pending. Every step checks who acts
 * before it checks the state, so an outsider learns nothing from a 409. Thresholds and conditions
 * of the regulations are never decided here: eligibility is the rules facade's answer, kept as a
 * snapshot.
 */
public final class RemoteRequest {

    /** Longest written explanation kept. */
    public static final int MAX_EXPLANATION = 4000;
    /** Most evidence files on one request. */
    public static final int MAX_EVIDENCE = 10;

    private final String id;
    private final String studentId;
    private final SittingRef sitting;
    private final ForceMajeureReason reason;
    private final String explanation;
    private final List<EvidenceRef> evidence;
    private final String filedBy;
    private final FilerRole filedAs;
    private final Instant filedAt;
    private final EligibilitySnapshot eligibility;
    private RequestStatus status;
    private RemoteDecision decision;
    private Instant withdrawnAt;
    private int version;

    private RemoteRequest(String id, Filing filing, String filedBy, FilerRole filedAs, Instant filedAt,
                          EligibilitySnapshot eligibility, RequestStatus status, RemoteDecision decision,
                          Instant withdrawnAt, int version) {
        this.id = Objects.requireNonNull(id, "id");
        this.studentId = filing.studentId();
        this.sitting = filing.sitting();
        this.reason = filing.reason();
        this.explanation = filing.explanation();
        this.evidence = filing.evidence();
        this.filedBy = filedBy;
        this.filedAs = filedAs;
        this.filedAt = filedAt;
        this.eligibility = eligibility;
        this.status = status;
        this.decision = decision;
        this.withdrawnAt = withdrawnAt;
        this.version = version;
    }

    /**
     * Files a request: checks who may file and the required input, then asks the rules whether it
     * may go to the principal. An ineligible request is still filed (PENDING), so the principal sees
     * it with the rules' reasons; it can only be rejected.
     */
    public static RemoteRequest file(String id, Filing filing, Actor filer, StudentTeachers teachers,
                                     Regulations regulations, Instant now) {
        Objects.requireNonNull(filing.sitting(), "sitting");
        if (filing.studentId() == null || filing.studentId().isBlank()) {
            throw new InvalidRemoteRequestException("studentId", "STUDENT_REQUIRED", "a request names the student");
        }
        FilerRole role = filerRole(filer, filing, teachers);
        if (filing.reason() == null) {
            throw new InvalidRemoteRequestException("reason", "REASON_REQUIRED",
                    "a request gives a reason: ILLNESS, DISASTER, EPIDEMIC_ISOLATION, FAMILY_EMERGENCY, OFFICIAL_DUTY or OTHER");
        }
        boolean explained = filing.explanation() != null && !filing.explanation().isBlank();
        if (filing.reason() == ForceMajeureReason.OTHER && !explained) {
            throw new InvalidRemoteRequestException("explanation", "EXPLANATION_REQUIRED",
                    "the reason OTHER needs a written explanation");
        }
        if (explained && filing.explanation().length() > MAX_EXPLANATION) {
            throw new InvalidRemoteRequestException("explanation", "EXPLANATION_TOO_LONG",
                    "the explanation is longer than " + MAX_EXPLANATION + " characters");
        }
        if (filing.evidence().size() > MAX_EVIDENCE) {
            throw new InvalidRemoteRequestException("evidence", "TOO_MANY_EVIDENCE_FILES",
                    "at most " + MAX_EVIDENCE + " evidence files");
        }
        Instant filedAt = now.truncatedTo(ChronoUnit.MILLIS);
        Filing kept = new Filing(filing.studentId(), filing.sitting(), filing.reason(),
                explained ? filing.explanation().strip() : null, filing.evidence());
        EligibilitySnapshot eligibility = EligibilitySnapshot.of(regulations.remoteRequestEligibility(
                kept.sitting().kind(), kept.reason(), kept.explanation(), kept.evidence().size(),
                filedAt, kept.sitting().closesAt()));
        return new RemoteRequest(id, kept, filer.username(), role, filedAt, eligibility, RequestStatus.PENDING, null, null, 0);
    }

    /** A stored request as it was; for repositories only. */
    public static RemoteRequest restore(String id, Filing filing, String filedBy, FilerRole filedAs, Instant filedAt,
                                        EligibilitySnapshot eligibility, RequestStatus status, RemoteDecision decision,
                                        Instant withdrawnAt, int version) {
        return new RemoteRequest(id, filing, filedBy, filedAs, filedAt, eligibility, status, decision, withdrawnAt, version);
    }

    /**
     * In what capacity this person may file for this student and sitting, or a
     * {@link NotAllowedException} — the same check as {@link #file}, for callers that must refuse an
     * outsider before looking at anything else of the filing (its evidence).
     */
    public static FilerRole mayFile(Actor filer, String studentId, SittingRef sitting, StudentTeachers teachers) {
        return filerRole(filer, new Filing(studentId, sitting, null, null, List.of()), teachers);
    }

    /** Who may file: the student, the student's homeroom teacher, or a teacher of the subject. */
    static FilerRole filerRole(Actor filer, Filing filing, StudentTeachers teachers) {
        FilerRole role;
        if (filer.is(filing.studentId())) {
            role = FilerRole.STUDENT;
        } else if (filer.has(Role.STUDENT)) {
            throw new NotAllowedException("NOT_YOUR_REQUEST", "a student files only for themselves");
        } else if (teachers.isHomeroomTeacher(filer.username(), filing.studentId())) {
            role = FilerRole.HOMEROOM_TEACHER;
        } else if (filing.sitting().subjectCode() != null
                && teachers.teachesSubject(filer.username(), filing.studentId(), filing.sitting().subjectCode())) {
            role = FilerRole.SUBJECT_TEACHER;
        } else {
            throw new NotAllowedException("NOT_STUDENTS_TEACHER", filer.username()
                    + " is neither the student, the student's homeroom teacher nor a teacher of the subject");
        }
        // Only for a sitting the student is in (issue 11, finding 6): a 9A2 student filed for a 9A1
        // sitting, learnt its title and time from the request view, and notified the principal at will.
        if (!teachers.isCandidate(filing.studentId(), filing.sitting().sittingId())) {
            throw new NotAllowedException("NOT_A_CANDIDATE", filing.studentId() + " is not a candidate of this sitting");
        }
        return role;
    }

    /**
     * Decides the request. Who first: only the principal, or a deputy under a delegation valid
     * now (403 otherwise); then the state: a decided or withdrawn request cannot be decided (409);
     * then the input: an approval needs a form and an eligible request, a rejection a note (422).
     */
    public RemoteDecision decide(Actor actor, Collection<Delegation> delegations, boolean approve, RemoteForm form,
                                 String note, Instant now) {
        DecisionAuthority authority = DecisionAuthority.resolve(actor, delegations, now);
        ensurePending("decided");
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_EXPLANATION) {
            throw new InvalidRemoteRequestException("note", "NOTE_TOO_LONG", "the note is longer than " + MAX_EXPLANATION);
        }
        if (approve) {
            if (form == null) {
                throw new InvalidRemoteRequestException("form", "FORM_REQUIRED",
                        "an approval chooses the form: ONLINE_PROCTORED or ONLINE_ORAL");
            }
            if (!eligibility.eligible()) {
                throw new InvalidRemoteRequestException("approve", "NOT_ELIGIBLE",
                        "the rules found this request not eligible " + eligibility.obstacles() + ": it can only be rejected");
            }
        } else if (cleanNote == null) {
            throw new InvalidRemoteRequestException("note", "NOTE_REQUIRED",
                    "a rejection says why, and points the student to the in-person make-up");
        }
        RemoteDecision made = new RemoteDecision(approve, approve ? form : null, cleanNote, authority.decidedBy(),
                authority.decidedAs(), authority.onBehalfOf(), authority.delegationId(), now.truncatedTo(ChronoUnit.MILLIS));
        this.decision = made;
        this.status = approve ? RequestStatus.APPROVED : RequestStatus.REJECTED;
        return made;
    }

    /** The filer takes the request back while it is pending. */
    public void withdraw(Actor actor, Instant now) {
        if (!actor.is(filedBy)) {
            throw new NotAllowedException("NOT_THE_FILER", "only " + filedBy + ", who filed it, may withdraw this request");
        }
        ensurePending("withdrawn");
        this.status = RequestStatus.WITHDRAWN;
        this.withdrawnAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The student, the filer, and those who may decide see a request; nobody else. */
    public void ensureVisibleTo(Actor actor, Collection<Delegation> delegations, Instant now) {
        if (actor.is(studentId) || actor.is(filedBy)) {
            return;
        }
        if (DecisionAuthority.find(actor, delegations, now).isEmpty()) {
            throw new NotAllowedException("NOT_YOUR_REQUEST", actor.username() + " may not see this request");
        }
    }

    /** Evidence (medical notes, family matters) is seen only by those who decide (issue 7). */
    public void ensureEvidenceVisibleTo(Actor actor, Collection<Delegation> delegations, Instant now) {
        if (DecisionAuthority.find(actor, delegations, now).isEmpty()) {
            throw new NotAllowedException("EVIDENCE_FOR_DECIDERS_ONLY", actor.username() + " may not see this request's evidence");
        }
    }

    private void ensurePending(String step) {
        switch (status) {
            case PENDING -> { }
            case WITHDRAWN -> throw new ConflictException("WITHDRAWN", "request " + id + " was withdrawn and cannot be " + step);
            default -> throw new ConflictException("ALREADY_DECIDED", "request " + id + " was already decided ("
                    + status + ") and cannot be " + step);
        }
    }

    /** Marks the stored version this state was built from; repositories compare it on update. */
    public void storedAs(int newVersion) {
        this.version = newVersion;
    }

    public String id() { return id; }
    public String studentId() { return studentId; }
    public SittingRef sitting() { return sitting; }
    public ForceMajeureReason reason() { return reason; }
    public String explanation() { return explanation; }
    public List<EvidenceRef> evidence() { return evidence; }
    public String filedBy() { return filedBy; }
    public FilerRole filedAs() { return filedAs; }
    public Instant filedAt() { return filedAt; }
    public EligibilitySnapshot eligibility() { return eligibility; }
    public RequestStatus status() { return status; }
    public Optional<RemoteDecision> decision() { return Optional.ofNullable(decision); }
    public Optional<Instant> withdrawnAt() { return Optional.ofNullable(withdrawnAt); }
    public int version() { return version; }

    /** The filing as submitted (after trimming), e.g. to store it. */
    public Filing filing() {
        return new Filing(studentId, sitting, reason, explanation, evidence);
    }
}
