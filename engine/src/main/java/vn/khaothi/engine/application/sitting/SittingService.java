package vn.khaothi.engine.application.sitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.IntegrityPolicy;
import vn.khaothi.engine.infrastructure.sitting.SittingRows;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.RosterLine;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.Sitting;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.StudentRef;
import vn.khaothi.engine.infrastructure.sitting.SittingStore;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

/**
 * Sittings (buổi kiểm tra): creation from an APPROVED paper for a class or a list of students,
 * with proctors, admission, accommodations and a review policy; reads for students, proctors and
 * staff; the incident report per kind (false positives).
 *
 * <p>Who may create: TEACHER, DEPARTMENT_HEAD, PRINCIPAL, DEPUTY_PRINCIPAL and ADMIN (a teacher sets
 * the tests of the classes they teach; the subject group and the management can set any). The
 * staff of a sitting — its creator, its proctors, a department head, the management — see its
 * roster and reports; its candidates see the sitting and their own attempt.
 */
@ApplicationScoped
public class SittingService {

    public static final Set<String> CREATOR_ROLES = Set.of("TEACHER", "DEPARTMENT_HEAD", "PRINCIPAL", "DEPUTY_PRINCIPAL", "ADMIN");
    static final int MAX_EXTRA_MINUTES = 600;

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

    public long create(Viewer creator, NewSitting n) {
        if (CREATOR_ROLES.stream().noneMatch(creator::has)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Your role may not create sittings");
        }
        String mode = n.mode() == null ? "" : n.mode();
        if (!mode.equals("ONLINE") && !mode.equals("IN_PERSON")) {
            throw SittingProblem.invalid("mode", "mode is ONLINE or IN_PERSON");
        }
        String review = n.reviewPolicy() == null ? "AFTER_SUBMIT" : n.reviewPolicy();
        if (!Set.of("AFTER_SUBMIT", "AFTER_CLOSE", "NEVER").contains(review)) {
            throw SittingProblem.invalid("reviewPolicy", "reviewPolicy is AFTER_SUBMIT, AFTER_CLOSE or NEVER");
        }
        if (n.opensAt() == null || n.closesAt() == null || !n.closesAt().isAfter(n.opensAt())) {
            throw SittingProblem.invalid("closesAt", "opensAt and closesAt are required, closesAt after opensAt");
        }
        boolean byClass = n.classCode() != null && !n.classCode().isBlank();
        if (byClass == !n.students().isEmpty()) {
            throw SittingProblem.invalid("students", "Give either classCode or a list of students, not both");
        }
        DeliverablePaper paper = papers.paper(n.paperId())
                .orElseThrow(() -> new SittingProblem(SittingProblem.Kind.NOT_FOUND, "PAPER_NOT_FOUND", "No paper " + n.paperId()));
        if (!paper.approved()) {
            throw SittingProblem.conflict("PAPER_NOT_APPROVED",
                    "Only an APPROVED paper can be used by a sitting; this one is " + paper.status());
        }
        if (paper.versions().isEmpty()) {
            throw SittingProblem.conflict("PAPER_HAS_NO_VERSION", "The paper has no version to deliver");
        }
        int duration = n.durationMinutes() == null ? paper.durationMinutes() : n.durationMinutes();
        if (duration < 1 || duration > 600) {
            throw SittingProblem.invalid("durationMinutes", "durationMinutes is 1-600");
        }
        if (Duration.between(n.opensAt(), n.closesAt()).toMinutes() < duration) {
            throw SittingProblem.invalid("closesAt", "The window is shorter than the duration");
        }
        try {
            SittingStore store = backbone.sittings();
            long creatorId = store.account(creator.username())
                    .orElseThrow(() -> SittingProblem.forbidden("FORBIDDEN", "Unknown account")).getKey();
            Long classId = null;
            List<StudentRef> students;
            if (byClass) {
                classId = store.classId(n.classCode())
                        .orElseThrow(() -> SittingProblem.invalid("classCode", "No class " + n.classCode()));
                students = store.studentsOfClass(classId);
            } else {
                Set<String> wanted = new LinkedHashSet<>(n.students());
                Map<String, StudentRef> found = store.studentsByUsername(wanted);
                List<String> unknown = wanted.stream().filter(u -> !found.containsKey(u)).toList();
                if (!unknown.isEmpty()) {
                    throw SittingProblem.invalid("students", "Not students: " + String.join(", ", unknown));
                }
                students = new ArrayList<>(found.values());
            }
            if (students.isEmpty()) {
                throw SittingProblem.invalid("students", "The sitting has no students");
            }
            List<Long> proctorIds = proctors(store, n.proctors());
            if (mode.equals("ONLINE") && proctorIds.isEmpty()) {
                throw SittingProblem.invalid("proctors", "An online sitting needs at least one proctor");
            }
            Map<String, Integer> extra = accommodations(n.accommodations(), students);
            List<SittingStore.NewAttempt> attempts = assignVersions(students, paper.versions(), extra);
            String title = n.title() == null || n.title().isBlank() ? paper.title() : n.title().strip();
            return store.create(paper.id(), title, paper.kind(), paper.subjectCode(), paper.grade(), mode, n.opensAt(),
                    n.closesAt(), duration, classId, n.admissionRequired(), review, creatorId, proctorIds, attempts);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the sitting: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #create(Viewer, NewSitting)}, naming the gradebook column (TX1…TXn, GK, CK) that
     * publishing the results writes (issue 13); null for none. The semester comes from the date.
     */
    public long create(Viewer creator, NewSitting n, String gradebookColumn) {
        String column = gradebookColumn == null || gradebookColumn.isBlank() ? null
                : gradebookColumn.strip().toUpperCase(java.util.Locale.ROOT);
        if (column != null && !vn.khaothi.engine.domain.gradebook.Columns.wellFormed(column)) {
            throw SittingProblem.invalid("gradebookColumn", "gradebookColumn is TX1…TX9, GK or CK");
        }
        long id = create(creator, n);
        if (column != null) {
            try {
                backbone.sittings().setGradebookColumn(id, column);
            } catch (SQLException e) {
                throw new IllegalStateException("could not record the sitting's gradebook column: " + e.getMessage(), e);
            }
        }
        return id;
    }

    private static List<Long> proctors(SittingStore store, List<String> usernames) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String username : new LinkedHashSet<>(usernames)) {
            var account = store.account(username)
                    .orElseThrow(() -> SittingProblem.invalid("proctors", "No account " + username));
            if (account.getValue().stream().noneMatch(CREATOR_ROLES::contains)) {
                throw SittingProblem.invalid("proctors", username + " is not a member of staff");
            }
            ids.add(account.getKey());
        }
        return ids;
    }

    private static Map<String, Integer> accommodations(Map<String, Integer> wanted, List<StudentRef> students) {
        Set<String> candidates = new java.util.HashSet<>();
        students.forEach(s -> candidates.add(s.username()));
        Map<String, Integer> extra = new HashMap<>();
        wanted.forEach((username, minutes) -> {
            if (!candidates.contains(username)) {
                throw SittingProblem.invalid("accommodations", username + " is not a student of this sitting");
            }
            if (minutes == null || minutes < 0 || minutes > MAX_EXTRA_MINUTES) {
                throw SittingProblem.invalid("accommodations", "Extra minutes are 0-" + MAX_EXTRA_MINUTES);
            }
            extra.put(username, minutes);
        });
        return extra;
    }

    /**
     * Versions (mã đề) by student code, in turn: deterministic (the same roster gives the same
     * versions), as even as can be (counts differ by at most one), and neighbours on the class list
     * — usually neighbours in the room — get different versions.
     */
    static List<SittingStore.NewAttempt> assignVersions(List<StudentRef> students, List<DeliverableVersion> versions,
                                                        Map<String, Integer> extra) {
        List<StudentRef> ordered = new ArrayList<>(students);
        ordered.sort(Comparator.comparing(StudentRef::code).thenComparing(StudentRef::id));
        List<SittingStore.NewAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            StudentRef s = ordered.get(i);
            DeliverableVersion v = versions.get(i % versions.size());
            attempts.add(new SittingStore.NewAttempt(s.id(), v.id(), v.code(), extra.getOrDefault(s.username(), 0)));
        }
        return attempts;
    }

    // ---- read -------------------------------------------------------------------------------

    public Sitting sitting(long id) {
        try {
            return backbone.sittings().sitting(id).orElseThrow(() -> SittingProblem.notFound("Sitting " + id));
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    /** Creator, proctor, department head of the sitting's subject ({@link #isSubjectHeadOf}), or management. */
    public boolean isStaffOf(Sitting sitting, Viewer viewer) {
        if (viewer.isManager() || viewer.username().equals(sitting.createdBy())) {
            return true;
        }
        return isSubjectHeadOf(sitting, viewer) || isProctor(sitting.id(), viewer.username());
    }

    /**
     * A department head of the sitting's subject (heading its subject group, or teaching it), the
     * rule analytics uses; a head of another subject, or of a sitting without a subject, is not.
     */
    public boolean isSubjectHeadOf(Sitting sitting, Viewer viewer) {
        if (!viewer.has("DEPARTMENT_HEAD") || sitting.subjectCode() == null) {
            return false;
        }
        try {
            return backbone.sittings().subjectsHeadedOrTaught(viewer.username()).contains(sitting.subjectCode());
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    public boolean isProctor(long sittingId, String username) {
        try {
            return backbone.sittings().proctors(sittingId).contains(username);
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    public SittingViews.SittingView view(long id, Viewer viewer, LongPredicate connected) {
        Sitting s = sitting(id);
        try {
            SittingStore store = backbone.sittings();
            boolean staff = isStaffOf(s, viewer);
            SittingViews.MyAttempt mine = store.attemptOf(id, viewer.username())
                    .map(a -> new SittingViews.MyAttempt(a.id(), a.status(), a.admittedAt() != null)).orElse(null);
            if (!staff && mine == null) {
                throw SittingProblem.forbidden("FORBIDDEN", "You are not a student or a member of staff of this sitting");
            }
            List<RosterLine> lines = store.roster(id, null);
            List<SittingViews.RosterEntry> roster = staff ? roster(lines, connected) : null;
            Instant now = backbone.clock().instant();
            return new SittingViews.SittingView(s.id(), s.paperId(), s.title(), s.assessmentKind(), s.subjectCode(),
                    s.grade(), s.mode(), s.opensAt(), s.closesAt(), s.durationMinutes(), s.classCode(),
                    s.admissionRequired(), s.reviewPolicy(), s.createdBy(), store.proctors(id), lines.size(),
                    isOpen(s, now), mine, roster);
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    /** The roster (or one attempt's line when {@code attemptId} is set) for the monitor. */
    public List<SittingViews.RosterEntry> roster(long sittingId, Long attemptId, LongPredicate connected) {
        try {
            return roster(backbone.sittings().roster(sittingId, attemptId), connected);
        } catch (SQLException e) {
            throw storage(e);
        }
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

    static boolean isOpen(Sitting s, Instant now) {
        return !now.isBefore(s.opensAt()) && now.isBefore(s.closesAt());
    }

    public SittingViews.MySittings mine(Viewer viewer) {
        try {
            Instant now = backbone.clock().instant();
            return new SittingViews.MySittings(backbone.sittings().mine(viewer.username(), 200).stream().map(m -> {
                Sitting s = m.sitting();
                return new SittingViews.MySittingView(s.id(), s.title(), s.mode(), s.assessmentKind(), s.subjectCode(),
                        s.opensAt(), s.closesAt(), s.durationMinutes(), s.admissionRequired(), isOpen(s, now), m.role(),
                        m.attemptId(), m.attemptStatus());
            }).toList());
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    // ---- incidents ----------------------------------------------------------------------------

    /**
     * Incidents per kind with the share dismissed among those reviewed (the false-positive rate,
     * null before any review): the evidence for moving a kind's severity in {@link IntegrityPolicy}.
     * Of one sitting (its staff), or of the whole school ({@code sittingId} null: management).
     */
    public SittingViews.IncidentReport incidentReport(Long sittingId, Viewer viewer) {
        if (sittingId == null) {
            if (!viewer.isManager() && !viewer.has("DEPARTMENT_HEAD")) {
                throw SittingProblem.forbidden("FORBIDDEN", "The school-wide report is for the management");
            }
        } else if (!isStaffOf(sitting(sittingId), viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting see its incidents");
        }
        try {
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
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    static IllegalStateException storage(SQLException e) {
        return new IllegalStateException("sitting storage failed: " + e.getMessage(), e);
    }
}
