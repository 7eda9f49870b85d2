package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.IntegrityPolicy;
import vn.khaothi.engine.domain.sitting.Candidate;
import vn.khaothi.engine.domain.sitting.InvalidSitting;
import vn.khaothi.engine.domain.sitting.PlannedSitting;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.domain.sitting.SittingPaper;
import vn.khaothi.engine.domain.sitting.SittingRepository;
import vn.khaothi.engine.domain.sitting.SittingTerms;
import vn.khaothi.engine.infrastructure.sitting.RosterStore;
import vn.khaothi.engine.infrastructure.sitting.SittingPeople;
import vn.khaothi.engine.infrastructure.sitting.SittingRows;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.RosterLine;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * Sittings (buổi kiểm tra): creation from an APPROVED paper for a class or a list of students,
 * with proctors, admission, accommodations and a review policy; reads for students, proctors and
 * staff; the incident report per kind (false positives).
 *
 * <p>The rules of a sitting are the domain's ({@code domain/sitting}: {@link SittingTerms},
 * {@link PlannedSitting}, {@link Sitting}); this service looks up what they need (the paper, the
 * people), asks them, answers their refusals as {@link SittingProblem}s and stores through the
 * {@link SittingRepository}. Who may create: the staff ({@link Sitting#STAFF_ROLES}). The staff of
 * a sitting — its creator, its proctors, a department head, the management — see its roster and
 * reports; its candidates see the sitting and their own attempt.
 */
@ApplicationScoped
public class SittingService {

    /** The most extra time one proctor's EXTEND gives (minutes). */
    static final int MAX_EXTRA_MINUTES = SittingTerms.MAX_MINUTES;

    @Inject
    AttemptBackbone backbone;

    @Inject
    ExamPapers papers;

    /** For tests outside the container. */
    public static SittingService over(AttemptBackbone backbone, ExamPapers papers) {
        SittingService service = new SittingService();
        service.backbone = backbone;
        service.papers = papers;
        return service;
    }

    // ---- create -----------------------------------------------------------------------------

    /** As {@link #create(Actor, NewSitting, String)} without a gradebook column. */
    public long create(Actor creator, NewSitting n) {
        return create(creator, n, null);
    }

    /**
     * Creates a sitting: the request is parsed, the domain decides ({@link SittingTerms},
     * {@link PlannedSitting}), the repository stores. {@code gradebookColumn} names the column
     * (TX1…TXn, GK, CK) that publishing the results writes (issue 13); null for none.
     */
    public long create(Actor creator, NewSitting n, String gradebookColumn) {
        if (!Sitting.isStaff(creator.roles().stream().map(Enum::name).toList())) {
            throw SittingProblem.forbidden("FORBIDDEN", "Your role may not create sittings");
        }
        try {
            SittingTerms terms = SittingTerms.parse(n.mode(), n.reviewPolicy(), n.opensAt(), n.closesAt(), n.classCode(),
                    n.students(), n.title(), n.admissionRequired(), n.accommodations(), gradebookColumn,
                    n.staggerSeconds());
            SittingPaper paper = paper(n.paperId());
            int duration = terms.durationWith(paper, n.durationMinutes());
            SittingPeople people = backbone.sittings().people();
            long creatorId = people.account(creator.username())
                    .orElseThrow(() -> SittingProblem.forbidden("FORBIDDEN", "Unknown account")).id();
            Long classId = terms.byClass() ? people.classId(terms.classCode())
                    .orElseThrow(() -> SittingProblem.invalid("classCode", "No class " + terms.classCode())) : null;
            List<Candidate> candidates = classId != null ? people.studentsOfClass(classId) : candidates(people, terms.students());
            PlannedSitting planned = PlannedSitting.plan(terms, paper, duration, classId, candidates,
                    proctors(people, n.proctors()), creatorId);
            return repository().create(planned);
        } catch (InvalidSitting e) {
            throw refusal(e);
        }
    }

    /** The domain's refusal as the API's: VALIDATION_FAILED on the field, or the conflict's code. */
    static SittingProblem refusal(InvalidSitting e) {
        return e.field() != null ? SittingProblem.invalid(e.field(), e.getMessage())
                : SittingProblem.conflict(e.code(), e.getMessage());
    }

    private SittingPaper paper(long paperId) {
        DeliverablePaper p = papers.paper(paperId)
                .orElseThrow(() -> new SittingProblem(SittingProblem.Kind.NOT_FOUND, "PAPER_NOT_FOUND", "No paper " + paperId));
        return new SittingPaper(p.id(), p.title(), AssessmentKind.valueOf(p.kind()), p.subjectCode(), p.grade(), p.status(),
                p.durationMinutes(), p.versions().stream().map(v -> new SittingPaper.Version(v.id(), v.code())).toList());
    }

    private static List<Candidate> candidates(SittingPeople people, List<String> usernames) {
        Set<String> wanted = new LinkedHashSet<>(usernames);
        Map<String, Candidate> found = people.studentsByUsername(wanted);
        List<String> unknown = wanted.stream().filter(u -> !found.containsKey(u)).toList();
        if (!unknown.isEmpty()) {
            throw SittingProblem.invalid("students", "Not students: " + String.join(", ", unknown));
        }
        return new ArrayList<>(found.values());
    }

    private static List<Long> proctors(SittingPeople people, List<String> usernames) {
        List<Long> ids = new ArrayList<>();
        for (String username : new LinkedHashSet<>(usernames)) {
            SittingPeople.Account account = people.account(username)
                    .orElseThrow(() -> SittingProblem.invalid("proctors", "No account " + username));
            if (!Sitting.isStaff(account.roles())) {
                throw SittingProblem.invalid("proctors", username + " is not a member of staff");
            }
            ids.add(account.id());
        }
        return ids;
    }

    private SittingRepository repository() {
        return backbone.sittings();
    }

    // ---- read -------------------------------------------------------------------------------

    public Sitting sitting(long id) {
        return repository().find(id).orElseThrow(() -> SittingProblem.notFound("Sitting " + id));
    }

    /**
     * The sittings being started and connected to, remembered on this node for a few seconds: a
     * synchronized start of 10,000 students reads the same few rows 10,000 times (issue 19). A
     * sitting's stored terms (window, mode, paper, stagger) never change after its creation — no
     * statement updates them — so only a hand edit in the database could, and it is seen within
     * {@link #STARTING_FRESHNESS}. Reports, marking and analytics read the row every time.
     */
    public Sitting sittingToStart(long id) {
        Sitting known = starting.getIfPresent(id);
        if (known != null) {
            return known;
        }
        Sitting read = sitting(id);
        starting.put(id, read);
        return read;
    }

    static final Duration STARTING_FRESHNESS = Duration.ofSeconds(5);
    private final Cache<Long, Sitting> starting = Caffeine.newBuilder().expireAfterWrite(STARTING_FRESHNESS)
            .maximumSize(10_000).build();

    /** Creator, proctor, department head of the sitting's subject ({@link #isSubjectHeadOf}), or management. */
    public boolean isStaffOf(Sitting sitting, Actor viewer) {
        if (viewer.isManager() || viewer.username().equals(sitting.createdBy())) {
            return true;
        }
        return isSubjectHeadOf(sitting, viewer) || isProctor(sitting.id(), viewer.username());
    }

    /**
     * A department head of the sitting's subject (heading its subject group, or teaching it), the
     * rule analytics uses; a head of another subject, or of a sitting without a subject, is not.
     */
    public boolean isSubjectHeadOf(Sitting sitting, Actor viewer) {
        if (!viewer.has(Role.DEPARTMENT_HEAD) || sitting.subjectCode() == null) {
            return false;
        }
        return backbone.sittings().people().subjectsHeadedOrTaught(viewer.username()).contains(sitting.subjectCode());
    }

    public boolean isProctor(long sittingId, String username) {
        return repository().proctors(sittingId).contains(username);
    }

    public SittingViews.SittingView view(long id, Actor viewer, LongPredicate connected) {
        Sitting s = sitting(id);
        RosterStore rosters = backbone.sittings().rosters();
        boolean staff = isStaffOf(s, viewer);
        SittingViews.MyAttempt mine = rosters.attemptOf(id, viewer.username())
                .map(a -> new SittingViews.MyAttempt(a.id(), a.status(), a.admittedAt() != null)).orElse(null);
        if (!staff && mine == null) {
            throw SittingProblem.forbidden("FORBIDDEN", "You are not a student or a member of staff of this sitting");
        }
        List<RosterLine> lines = rosters.roster(id, null);
        List<SittingViews.RosterEntry> roster = staff ? roster(lines, connected) : null;
        Instant now = backbone.clock().instant();
        return new SittingViews.SittingView(s.id(), s.paperId(), s.title(), s.assessmentKind().name(),
                s.subjectCode(), s.grade(), s.mode().name(), s.opensAt(), s.closesAt(), s.durationMinutes(),
                s.classCode(), s.admissionRequired(), s.reviewPolicy().name(), s.stagger().seconds(), s.createdBy(),
                repository().proctors(id), lines.size(), s.isOpenAt(now), mine, roster);
    }

    /** The roster (or one attempt's line when {@code attemptId} is set) for the monitor. */
    public List<SittingViews.RosterEntry> roster(long sittingId, Long attemptId, LongPredicate connected) {
        return roster(backbone.sittings().rosters().roster(sittingId, attemptId), connected);
    }

    private List<SittingViews.RosterEntry> roster(List<RosterLine> lines, LongPredicate connected) {
        Instant now = backbone.clock().instant();
        return lines.stream().map(l -> new SittingViews.RosterEntry(l.studentUsername(), l.studentName(), l.attemptId(),
                l.status(), connected.test(l.attemptId()), l.answered(), remainingSeconds(l, now), l.incidents(),
                l.admitted())).toList();
    }

    static long remainingSeconds(RosterLine l, Instant now) {
        long ms = switch (l.status()) {
            case "NOT_STARTED" -> l.durationMs() + l.extensionMs();
            case "IN_PROGRESS" -> Math.max(0, Duration.between(now, l.deadline()).toMillis());
            case "PAUSED" -> l.remainingMs() == null ? 0 : l.remainingMs();
            default -> 0;
        };
        return Attempt.wholeSecondsLeft(Duration.ofMillis(ms));
    }

    public SittingViews.MySittings mine(Actor viewer) {
        Instant now = backbone.clock().instant();
        return new SittingViews.MySittings(repository().mine(viewer.username(), 200).stream().map(m -> {
            Sitting s = m.sitting();
            return new SittingViews.MySittingView(s.id(), s.title(), s.mode().name(), s.assessmentKind().name(),
                    s.subjectCode(), s.opensAt(), s.closesAt(), s.durationMinutes(), s.admissionRequired(),
                    s.isOpenAt(now), m.role(), m.attemptId(), m.attemptStatus());
        }).toList());
    }

    // ---- incidents ----------------------------------------------------------------------------

    /**
     * Incidents per kind with the share dismissed among those reviewed (the false-positive rate,
     * null before any review): the evidence for moving a kind's severity in {@link IntegrityPolicy}.
     * Of one sitting (its staff), or of the whole school ({@code sittingId} null: management).
     */
    public SittingViews.IncidentReport incidentReport(Long sittingId, Actor viewer) {
        if (sittingId == null) {
            if (!viewer.isManager() && !viewer.has(Role.DEPARTMENT_HEAD)) {
                throw SittingProblem.forbidden("FORBIDDEN", "The school-wide report is for the management");
            }
        } else if (!isStaffOf(sitting(sittingId), viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting see its incidents");
        }
        List<SittingViews.KindReport> kinds = new ArrayList<>();
        for (SittingRows.KindCounts k : backbone.incidents().incidentCounts(sittingId)) {
            int reviewed = k.confirmed() + k.dismissed();
            BigDecimal rate = reviewed == 0 ? null
                    : BigDecimal.valueOf(k.dismissed()).divide(BigDecimal.valueOf(reviewed), 3, RoundingMode.HALF_UP);
            kinds.add(new SittingViews.KindReport(k.kind(),
                    IntegrityPolicy.standard().severityOf(IntegrityEventKind.valueOf(k.kind())).name(),
                    k.raised(), k.confirmed(), k.dismissed(), k.raised() - reviewed, rate));
        }
        return new SittingViews.IncidentReport(sittingId, kinds);
    }
}
