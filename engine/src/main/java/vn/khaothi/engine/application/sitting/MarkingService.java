package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.domain.marking.BlindCodes;
import vn.khaothi.engine.domain.marking.ItemMarking;
import vn.khaothi.engine.domain.marking.Mark;
import vn.khaothi.engine.domain.marking.MarkInput;
import vn.khaothi.engine.domain.marking.Marker;
import vn.khaothi.engine.domain.marking.MarkingPolicy;
import vn.khaothi.engine.domain.marking.MarkingRepository;
import vn.khaothi.engine.domain.marking.MarkingRepository.ManualItem;
import vn.khaothi.engine.domain.marking.MarkingRefused;
import vn.khaothi.engine.domain.marking.MarkingStatus;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Fractions;
import vn.khaothi.itembank.domain.item.Rubric;

/**
 * Marking (chấm bài) of a sitting's manually marked items: the policy (blind codes, double marking),
 * the marker's queue with the item's guidance and rubric, marks through the {@link ItemMarking}
 * state machine, the head's decision on a dispute, the release of names, and
 * {@link #markingComplete(long)} — the question the gradebook's publish asks.
 *
 * <p>Who: the staff of the sitting (creator, proctors, department heads, management) mark; the
 * head's decision is for a DEPARTMENT_HEAD or the management; students never. While a blind
 * sitting's names are not released, every view of the queue carries codes, not names or attempt ids.
 */
@ApplicationScoped
public class MarkingService {

    private static final int RETRIES = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AttemptBackbone backbone;

    @Inject
    SittingService sittings;

    @Inject
    ExamPapers papers;

    @Inject
    AttemptService attempts;

    /** For tests outside the container. */
    public static MarkingService over(AttemptBackbone backbone, SittingService sittings, ExamPapers papers,
                                      AttemptService attempts) {
        MarkingService service = new MarkingService();
        service.backbone = backbone;
        service.sittings = sittings;
        service.papers = papers;
        service.attempts = attempts;
        return service;
    }

    MarkingRepository store() {
        return backbone.marking();
    }

    // ---- the question the gradebook asks ---------------------------------------------------------

    /**
     * True when every manually marked item of the sitting's scored attempts has its final mark (no
     * item waits for a first, second or third mark or a decision). Attempts still running have no
     * scored items yet and do not count; the caller checks the sitting is over if it needs that.
     */
    public boolean markingComplete(long sittingId) {
        return store().waiting(sittingId) == 0;
    }

    // ---- policy ------------------------------------------------------------------------------------

    /** Checks a policy from a request (400 naming {@code markingThreshold} when it does not hold). */
    public static MarkingPolicy policyOf(Boolean blind, Boolean doubleMarking, BigDecimal threshold) {
        try {
            return new MarkingPolicy(Boolean.TRUE.equals(blind), Boolean.TRUE.equals(doubleMarking), threshold);
        } catch (MarkingRefused r) {
            throw problem(r);
        }
    }

    public MarkingPolicy policy(long sittingId) {
        return store().policy(sittingId).map(MarkingRepository.StoredPolicy::policy)
                .orElse(MarkingPolicy.SINGLE);
    }

    /** Sets the policy before any mark is given (409 MARKING_STARTED after); blind draws the codes. */
    public void setPolicy(long sittingId, MarkingPolicy policy, Actor viewer) {
        Sitting sitting = sittings.sitting(sittingId);
        if (!isOrganiser(sitting, viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the sitting's creator, a department head or the management set its marking");
        }
        if (store().markCount(sittingId) > 0) {
            throw SittingProblem.conflict("MARKING_STARTED", "Marking has started; its policy can no longer change");
        }
        int n = store().attemptCount(sittingId);
        List<String> codes = policy.blind() ? BlindCodes.draw(n * 2 + 10, RANDOM) : List.of();
        store().savePolicy(sittingId, policy, codes);
    }

    /** Reveals the names of a blind sitting (rọc phách) once its marking is complete. */
    public void release(long sittingId, Actor viewer) {
        Sitting sitting = sittings.sitting(sittingId);
        if (!isOrganiser(sitting, viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the sitting's creator, a department head or the management release names");
        }
        if (!markingComplete(sittingId)) {
            throw SittingProblem.conflict("NOT_GRADED", "Names are released once every item has its final mark");
        }
        long account = accountId(viewer);
        store().release(sittingId, account, backbone.clock().instant());
    }

    // ---- the queue -----------------------------------------------------------------------------------

    /**
     * The sittings whose disputed items wait for this person's decision: for a department head,
     * the double-marked sittings of their subject; for the management, every one. Each with its
     * title, opening and number of disputed items; empty for anyone else.
     */
    public List<DisputedSitting> disputes(Actor viewer) {
        if (viewer.has(Role.STUDENT) || !viewer.isManager() && !viewer.has(Role.DEPARTMENT_HEAD)) {
            return List.of();
        }
        List<DisputedSitting> found = new ArrayList<>();
        for (long id : store().doubleMarkedAwaiting(100)) {
            Sitting sitting = sittings.sitting(id);
            if (!isHead(sitting, viewer)) {
                continue;
            }
            int disputed = queue(id, viewer).disputed();
            if (disputed > 0) {
                found.add(new DisputedSitting(id, sitting.title(), sitting.subjectCode(), sitting.opensAt(), disputed));
            }
        }
        return found;
    }

    /** The marker's view of the sitting: policy, progress and every manually marked item. */
    public MarkingQueue queue(long sittingId, Actor viewer) {
        Sitting sitting = sittings.sitting(sittingId);
        requireMarker(sitting, viewer);
        boolean head = isHead(sitting, viewer);
        Optional<MarkingRepository.StoredPolicy> stored = store().policy(sittingId);
        MarkingPolicy policy = stored.map(MarkingRepository.StoredPolicy::policy).orElse(MarkingPolicy.SINGLE);
        boolean hidden = policy.blind() && stored.get().releasedAt() == null;
        Map<Long, Map<Long, List<Mark>>> marks = store().marks(sittingId);
        List<MarkingItemView> items = new ArrayList<>();
        int waiting = 0;
        int disputed = 0;
        for (ManualItem x : store().manualItems(sittingId, null)) {
            DeliverableItem item = item(sitting, x);
            ItemMarking m = ItemMarking.replay(policy, x.maxPoints(), rubricOf(item), marks.getOrDefault(x.attemptId(),
                    Map.of()).getOrDefault(x.itemId(), List.of()), backbone.clock());
            waiting += m.status().isFinal() ? 0 : 1;
            disputed += m.status() == MarkingStatus.DISPUTED ? 1 : 0;
            items.add(view(x, item, m, viewer, hidden, head));
        }
        return new MarkingQueue(sittingId, sitting.title(), policy.blind(), policy.doubleMarking(),
                Fractions.normalise(policy.threshold()), stored.map(p -> p.releasedAt() != null).orElse(false),
                waiting == 0, waiting, disputed, head, policy.blind() && isOrganiser(sitting, viewer), items);
    }

    private static MarkingItemView view(ManualItem x, DeliverableItem item, ItemMarking m, Actor viewer, boolean hidden,
                                        boolean head) {
        boolean canDecide = m.status() == MarkingStatus.DISPUTED && head;
        // Independence: a marker sees only their own marks until the item is final; the head sees a dispute's marks.
        boolean all = m.status().isFinal() || canDecide;
        List<MarkingItemView.GivenMark> shown = m.marks().stream()
                .filter(k -> all || k.marker().equals(viewer.username()))
                .map(MarkingService::given).toList();
        return new MarkingItemView(x.code(), hidden ? null : x.attemptId(), hidden ? null : x.studentUsername(),
                hidden ? null : x.studentName(), x.versionCode(), x.itemId(), x.position(), Fractions.normalise(x.maxPoints()),
                x.response(), m.status(), m.finalPoints().orElse(null), m.awaits(viewer.username()), canDecide,
                item == null ? "" : item.content().stem().html(),
                item != null && item.content().body() instanceof EssayBody e ? e.guidance().html() : "",
                rubricView(m.rubric()), shown);
    }

    private static MarkingItemView.GivenMark given(Mark k) {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        k.criteria().forEach((id, p) -> criteria.put(id, Fractions.normalise(p)));
        return new MarkingItemView.GivenMark(k.round().name(), k.marker(), Fractions.normalise(k.points()),
                Collections.unmodifiableMap(criteria), k.comment(), k.reason(), k.at());
    }

    private static List<MarkingItemView.Criterion> rubricView(Rubric rubric) {
        return rubric.criteria().stream().map(c -> new MarkingItemView.Criterion(c.id(), c.name(),
                Fractions.normalise(c.max()), c.levels().stream()
                        .map(l -> new MarkingItemView.Level(l.label(), Fractions.normalise(l.points()))).toList()))
                .toList();
    }

    // ---- marks ---------------------------------------------------------------------------------------

    /** Which paper of the sitting: its attempt id, or its blind code. */
    public record PaperRef(Long attemptId, String code) {
    }

    /**
     * A mark (the first, second or third, as the item's state says) or, with {@code decision}, the
     * head's decision on a dispute. Returns the item as the queue shows it after the mark.
     */
    public MarkingItemView mark(long sittingId, PaperRef paper, long itemId, MarkInput input, boolean decision,
                                String reason, Actor viewer) {
        Sitting sitting = sittings.sitting(sittingId);
        requireMarker(sitting, viewer);
        Marker marker = new Marker(viewer.username(), isHead(sitting, viewer));
        long account = accountId(viewer);
        for (int attempt = 1; ; attempt++) {
            Optional<MarkingRepository.StoredPolicy> stored = store().policy(sittingId);
            MarkingPolicy policy = stored.map(MarkingRepository.StoredPolicy::policy).orElse(MarkingPolicy.SINGLE);
            ManualItem x = find(sittingId, paper, itemId);
            DeliverableItem item = item(sitting, x);
            List<Mark> before = store().marks(sittingId)
                    .getOrDefault(x.attemptId(), Map.of()).getOrDefault(itemId, List.of());
            ItemMarking m = ItemMarking.replay(policy, x.maxPoints(), rubricOf(item), before, backbone.clock());
            Mark mark;
            try {
                mark = decision ? m.decide(marker, input, reason) : m.mark(marker, input);
            } catch (MarkingRefused r) {
                throw problem(r);
            }
            BigDecimal finalPoints = m.finalPoints().orElse(null);
            try {
                store().append(x.attemptId(), itemId, mark, account, finalPoints);
            } catch (MarkingRepository.MarkRace race) {
                if (attempt >= RETRIES) {
                    throw SittingProblem.conflict("CHANGED_CONCURRENTLY", "Another marker marked this item meanwhile; reload");
                }
                continue;  // reload: the guard is checked again against the winner's mark
            }
            if (finalPoints != null) {
                attempts.finishIfGraded(x.attemptId());
            }
            boolean hidden = policy.blind() && stored.get().releasedAt() == null;
            return view(x, item, m, viewer, hidden, marker.head());
        }
    }

    private ManualItem find(long sittingId, PaperRef paper, long itemId) {
        if (paper.attemptId() == null && (paper.code() == null || paper.code().isBlank())) {
            throw SittingProblem.invalid("code", "Name the paper by its code or its attempt id");
        }
        return store().manualItems(sittingId, paper.attemptId()).stream()
                .filter(x -> x.itemId() == itemId)
                .filter(x -> paper.code() == null || paper.code().isBlank() || paper.code().strip().equals(x.code()))
                .findFirst()
                .orElseThrow(() -> SittingProblem.conflict("NOT_GRADABLE",
                        "Item " + itemId + " of that paper is not marked by hand in this sitting"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private DeliverableItem item(Sitting sitting, ManualItem x) {
        if (x.versionCode() == null) {
            return null;
        }
        return papers.version(sitting.paperId(), x.versionCode()).items().stream()
                .filter(i -> i.itemId() == x.itemId()).findFirst().orElse(null);
    }

    private static Rubric rubricOf(DeliverableItem item) {
        return item != null && item.content().body() instanceof EssayBody e ? e.rubric() : Rubric.NONE;
    }

    private void requireMarker(Sitting sitting, Actor viewer) {
        if (viewer.has(Role.STUDENT) || !sittings.isStaffOf(sitting, viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting mark its papers");
        }
    }

    /** The management, or a department head of the sitting's subject (not of any subject). */
    private boolean isHead(Sitting sitting, Actor viewer) {
        return viewer.isManager() || sittings.isSubjectHeadOf(sitting, viewer);
    }

    private boolean isOrganiser(Sitting sitting, Actor viewer) {
        return isHead(sitting, viewer) || viewer.username().equals(sitting.createdBy());
    }

    private long accountId(Actor viewer) {
        return backbone.sittings().account(viewer.username())
                .orElseThrow(() -> SittingProblem.forbidden("FORBIDDEN", "Unknown account")).getKey();
    }

    static SittingProblem problem(MarkingRefused r) {
        if (r.field() != null) {
            return new SittingProblem(SittingProblem.Kind.INVALID, "MARK_OUT_OF_RANGE".equals(r.code()) ? r.code()
                    : "VALIDATION_FAILED", r.getMessage(), List.of(Map.of("field", r.field(), "message", r.getMessage())));
        }
        return SittingProblem.conflict(r.code(), r.getMessage());
    }
}
