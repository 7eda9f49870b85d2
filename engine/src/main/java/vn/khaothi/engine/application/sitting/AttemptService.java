package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptRepository;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.IllegalAttemptTransition;
import vn.khaothi.engine.domain.attempt.SubmitReason;
import vn.khaothi.engine.infrastructure.attempt.ExtensionLog;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.ItemScore;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

/**
 * Attempts (bài làm): start, the views, the commands of the state machine ({@link Attempt}) with
 * optimistic locking between nodes, scoring at submit, and essay grading. State lives in the
 * database only: every command loads the row, runs the guarded transition and saves it with the
 * row version it read (a concurrent change on another node is retried, its guard re-checked).
 */
@ApplicationScoped
public class AttemptService {

    private static final Logger LOG = Logger.getLogger(AttemptService.class.getName());
    private static final int RETRIES = 5;

    @Inject
    AttemptBackbone backbone;

    @Inject
    ExamPapers papers;

    @Inject
    SittingService sittings;

    @Inject
    MarkingService marking;

    @Inject
    OnlineStartPermission online;

    /** For tests outside the container. */
    public static AttemptService over(AttemptBackbone backbone, ExamPapers papers, SittingService sittings) {
        AttemptService service = new AttemptService();
        service.backbone = backbone;
        service.papers = papers;
        service.sittings = sittings;
        service.marking = MarkingService.over(backbone, sittings, papers, service);
        return service;
    }

    /** The marking service this one hands essay marks to (the same instance in tests outside the container). */
    public MarkingService marking() {
        return marking;
    }

    /** An attempt as a socket holds it: who, which sitting, its state now and its items. */
    public record Live(AttemptRef ref, Sitting sitting, Attempt attempt, Set<Long> itemIds) {
    }

    // ---- start -------------------------------------------------------------------------------

    /**
     * The student starts (or gets back) their attempt: 201 {attemptId, deadline, items}. Idempotent:
     * a running or paused attempt is returned as it is, without a new check. An online sitting asks
     * the {@link OnlineStartPermission} port first.
     */
    public StartedAttempt start(long sittingId, Actor student) {
        return start(sittingId, student, online);
    }

    /** As {@link #start(long, Actor)} with the permission given (tests outside the container). */
    public StartedAttempt start(long sittingId, Actor student, OnlineStartPermission online) {
        Sitting sitting = sittings.sittingToStart(sittingId);
        AttemptRef ref = backbone.sittings().attemptOf(sittingId, student.username())
                .orElseThrow(() -> SittingProblem.forbidden("NOT_A_CANDIDATE", "You are not a student of this sitting"));
        Attempt attempt = load(ref.id()).attempt;
        if (attempt.status() == AttemptStatus.NOT_STARTED) {
            Instant now = backbone.clock().instant();
            if (now.isBefore(sitting.opensAt())) {
                throw SittingProblem.conflict("SITTING_NOT_OPEN", "The sitting opens at " + sitting.opensAt());
            }
            if (!now.isBefore(sitting.closesAt())) {
                throw SittingProblem.conflict("SITTING_CLOSED", "The sitting closed at " + sitting.closesAt());
            }
            Instant admitAt = sitting.admitAt(student.username());
            if (now.isBefore(admitAt)) { // a staggered start (issue 19): nothing is created before the student's instant
                throw SittingProblem.notYetAdmitted(admitAt);
            }
            if (sitting.admissionRequired() && ref.admittedAt() == null) {
                throw SittingProblem.conflict("WAITING_FOR_ADMISSION", "Wait until a proctor admits you");
            }
            if (sitting.online()) {
                online.require(sittingId, student.username());
            }
            attempt = command(ref.id(), a -> {
                if (a.status() == AttemptStatus.NOT_STARTED) {
                    a.start();
                }
            });
        }
        if (attempt.status().isClosed()) {
            throw SittingProblem.conflict("ATTEMPT_CLOSED", "This attempt has been submitted");
        }
        Instant now = backbone.clock().instant();
        return new StartedAttempt(ref.id(), sittingId, attempt.status(), attempt.deadline().orElse(null), now,
                attempt.remainingSecondsAt(now), ref.versionCode(), shown(ref, sitting));
    }

    // ---- reads -------------------------------------------------------------------------------

    /** {@code GET /attempts/{id}}: the owner (per the review policy) or the sitting's staff. */
    public AttemptView view(long attemptId, Actor viewer) {
        AttemptRef ref = ref(attemptId);
        Sitting sitting = sittings.sitting(ref.sittingId());
        boolean owner = viewer.username().equals(ref.studentUsername());
        boolean staff = !owner && sittings.isStaffOf(sitting, viewer);
        if (!owner && !staff) {
            throw SittingProblem.forbidden("FORBIDDEN", "Not your attempt");
        }
        Attempt attempt = load(attemptId).attempt;
        Instant now = backbone.clock().instant();
        Map<Long, AnswerStep> answers = backbone.steps().currentAnswers(attemptId);
        boolean resultsVisible = staff || resultsVisibleToStudent(sitting, attempt, now);
        // Items only with the start and while the attempt is open (never before: issue 11, finding 1).
        ShownVersion items = staff || attempt.status().showsItemsToStudent() ? shown(ref, sitting) : null;
        List<AttemptView.ItemResult> results = resultsVisible && attempt.status().isClosed()
                ? backbone.marks().scores(attemptId).stream().map(s -> new AttemptView.ItemResult(s.itemId(),
                        s.position(), s.points(), s.maxPoints(), s.state())).toList()
                : null;
        return new AttemptView(attemptId, ref.sittingId(), ref.studentUsername() == null ? "" : ref.studentUsername(),
                attempt.status(), ref.versionCode() == null ? "" : ref.versionCode(), attempt.deadline().orElse(null), now,
                attempt.remainingSecondsAt(now), attempt.submittedAt().orElse(null), attempt.submitReason().orElse(null),
                resultsVisible, resultsVisible ? attempt.score().orElse(null) : null, AttemptView.lastSeq(answers), answers,
                items, results);
    }

    static boolean resultsVisibleToStudent(Sitting sitting, Attempt attempt, Instant now) {
        return sitting.showsResults(attempt.status().isClosed(), now);
    }

    /** An attempt for a socket: its owner, sitting, state and the ids of its items. */
    public Live live(long attemptId) {
        AttemptRef ref = ref(attemptId);
        Sitting sitting = sittings.sittingToStart(ref.sittingId());
        Set<Long> itemIds = version(ref, sitting).items().stream().map(DeliverableItem::itemId).collect(Collectors.toSet());
        return new Live(ref, sitting, load(attemptId).attempt, itemIds);
    }

    /** The state machine as stored now (every answer is checked against it: pause and deadline hold across nodes). */
    public Attempt current(long attemptId) {
        return load(attemptId).attempt;
    }

    public Map<Long, AnswerStep> currentAnswers(long attemptId) {
        return backbone.steps().currentAnswers(attemptId);
    }

    public boolean stepStored(long attemptId, long itemId, long seq) {
        return backbone.sittings().stepStored(attemptId, itemId, seq);
    }

    public AttemptRef ref(long attemptId) {
        return backbone.sittings().attempt(attemptId).orElseThrow(() -> SittingProblem.notFound("Attempt " + attemptId));
    }

    // ---- commands ----------------------------------------------------------------------------

    /** The student's submit: IN_PROGRESS → SUBMITTED, then scored. */
    public Attempt submit(long attemptId) {
        return closeAndScore(attemptId, a -> a.submit(SubmitReason.STUDENT));
    }

    /** The auto-submit at expiry (the sweep, any node, no client needed); false when nothing was due. */
    public boolean expire(long attemptId) {
        boolean[] expired = {false};
        closeAndScore(attemptId, a -> expired[0] = a.expireIfDue());
        return expired[0];
    }

    public Attempt terminate(long attemptId, String note) {
        return closeAndScore(attemptId, a -> a.terminate(note));
    }

    public Attempt pause(long attemptId) {
        return command(attemptId, Attempt::pause);
    }

    public Attempt resume(long attemptId) {
        return command(attemptId, Attempt::resume);
    }

    public Attempt extend(long attemptId, int minutes) {
        return extend(attemptId, minutes, false, null).attempt();
    }

    /** What an EXTEND did: the attempt after it, the time granted, and whether the sitting's close capped it. */
    public record Extended(Attempt attempt, Duration granted, boolean capped) {
    }

    /**
     * EXTEND by a proctor, capped at the sitting's close unless {@code overrideClose} (the rule is
     * {@link Attempt#extendWithin}); every extension is logged for the attempt report with who did it.
     */
    public Extended extend(long attemptId, int minutes, boolean overrideClose, String by) {
        if (minutes < 1 || minutes > SittingService.MAX_EXTRA_MINUTES) {
            throw SittingProblem.invalid("minutes", "minutes is 1-" + SittingService.MAX_EXTRA_MINUTES);
        }
        Sitting sitting = sittings.sitting(ref(attemptId).sittingId());
        Duration[] granted = new Duration[1];
        Attempt a = command(attemptId, x -> granted[0] = x.extendWithin(Duration.ofMinutes(minutes), sitting.closesAt(), overrideClose));
        boolean capped = granted[0].compareTo(Duration.ofMinutes(minutes)) < 0;
        Instant now = backbone.clock().instant();
        backbone.extensions().record(new ExtensionLog.Extension(attemptId, minutes, granted[0].toMillis(),
                        capped, overrideClose, a.deadline().orElse(null), by, now));
        return new Extended(a, granted[0], capped);
    }

    /** ADMIT: a student waiting for admission may start. */
    public void admit(long attemptId) {
        AttemptRef ref = ref(attemptId);
        if (load(attemptId).attempt.status().isClosed()) {
            throw SittingProblem.conflict("ATTEMPT_CLOSED", "The attempt is already closed");
        }
        backbone.sittings().admit(ref.id(), backbone.clock().instant());
    }

    private Attempt closeAndScore(long attemptId, Consumer<Attempt> command) {
        Attempt after = command(attemptId, command);
        if (after.status() == AttemptStatus.SUBMITTED) {
            try {
                score(attemptId);
            } catch (RuntimeException e) {
                // The attempt is closed either way; the sweep scores it later (unscoredSubmitted).
                LOG.warning("Scoring attempt " + attemptId + " failed, left for the sweep: " + e);
            }
        }
        return after;
    }

    /** Runs a command on the stored attempt and saves it, retrying when another node saved in between. */
    public Attempt command(long attemptId, Consumer<Attempt> command) {
        for (int attemptNo = 1; ; attemptNo++) {
            Loaded loaded = load(attemptId);
            try {
                command.accept(loaded.attempt);
            } catch (IllegalAttemptTransition e) {
                throw SittingProblem.conflict(codeFor(e), e.getMessage());
            }
            try {
                backbone.attempts().save(loaded.attempt.snapshot(), loaded.version);
                return loaded.attempt;
            } catch (AttemptRepository.ConcurrentAttemptChange e) {
                if (attemptNo >= RETRIES) {
                    throw SittingProblem.conflict("CHANGED_CONCURRENTLY", "The attempt changed meanwhile; try again");
                }
            }
        }
    }

    private static String codeFor(IllegalAttemptTransition e) {
        if (e.from().isClosed()) {
            return "ATTEMPT_CLOSED";
        }
        return switch (e.cause()) {
            case PAST_CLOSE -> "PAST_CLOSE";
            case TIME_UP -> "TIME_UP";
            case STATE -> "ILLEGAL_TRANSITION";
        };
    }

    // ---- scoring and grading -------------------------------------------------------------------

    /** Scores a SUBMITTED attempt once; GRADED at once unless an essay waits for a teacher. */
    public void score(long attemptId) {
        AttemptRef ref = ref(attemptId);
        if (!backbone.marks().scores(attemptId).isEmpty()) {
            return;
        }
        Sitting sitting = sittings.sitting(ref.sittingId());
        List<ItemScore> scores = AttemptScoring.score(version(ref, sitting), currentAnswers(attemptId));
        backbone.marks().insertScores(attemptId, scores);
        finishIfGraded(attemptId);
    }

    /** What answers would score on a version, without storing anything (a scanned sheet before confirmation). */
    public BigDecimal previewScore(DeliverableVersion version, Map<Long, AnswerStep> answers) {
        return AttemptScoring.total(AttemptScoring.score(version, answers));
    }

    /** GRADED with the total once no item waits for a mark (called by marking when an item's mark is final). */
    void finishIfGraded(long attemptId) {
        List<ItemScore> stored = backbone.marks().scores(attemptId);
        if (!AttemptScoring.needsGrading(stored)) {
            BigDecimal total = AttemptScoring.total(stored);
            command(attemptId, a -> {
                if (a.status() == AttemptStatus.SUBMITTED) {
                    a.grade(total);
                }
            });
        }
    }

    /**
     * A teacher marks an essay (0 ≤ points ≤ the item's points); the attempt is GRADED with the last
     * one. Goes through the marking state machine ({@link MarkingService}), so a double-marked
     * sitting still needs its second mark and every mark is kept in the marking history.
     */
    public AttemptView gradeItem(long attemptId, long itemId, BigDecimal points, Actor teacher) {
        AttemptRef ref = ref(attemptId);
        Sitting sitting = sittings.sitting(ref.sittingId());
        if (!sittings.isStaffOf(sitting, teacher) || teacher.has(Role.STUDENT)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting grade its attempts");
        }
        if (points == null || points.signum() < 0) {
            throw SittingProblem.invalid("points", "points is 0 or more");
        }
        try {
            marking.mark(ref.sittingId(), new MarkingService.PaperRef(attemptId, null), itemId,
                    vn.khaothi.engine.domain.marking.MarkInput.points(points), false, null, teacher);
        } catch (SittingProblem p) {
            if ("MARK_OUT_OF_RANGE".equals(p.code())) {  // this endpoint's code since issue 6
                throw SittingProblem.conflict("NOT_GRADABLE",
                        "Item " + itemId + " of attempt " + attemptId + " is not waiting for grading, or points exceed its maximum");
            }
            throw p;
        }
        return view(attemptId, teacher);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private DeliverableVersion version(AttemptRef ref, Sitting sitting) {
        return papers.version(sitting.paperId(), ref.versionCode());
    }

    /** The version whose items the student receives (rendered by the adapter, once per approved version: issue 19). */
    private ShownVersion shown(AttemptRef ref, Sitting sitting) {
        DeliverablePaper paper = papers.paper(sitting.paperId())
                .orElseThrow(() -> new IllegalStateException("no paper " + sitting.paperId()));
        return new ShownVersion(paper, version(ref, sitting));
    }

    private record Loaded(Attempt attempt, int version) {
    }

    private Loaded load(long attemptId) {
        AttemptRepository.Stored stored = backbone.attempts().load(attemptId)
                .orElseThrow(() -> SittingProblem.notFound("Attempt " + attemptId));
        return new Loaded(Attempt.restore(stored.snapshot(), backbone.clock()), stored.version());
    }
}
