package vn.khaothi.engine.application.sitting;

import vn.khaothi.itembank.domain.workflow.Actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.Attempt;
import vn.khaothi.engine.domain.attempt.AttemptSnapshot;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.EventLine;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.ItemScore;
import vn.khaothi.engine.domain.sitting.Sitting;

/**
 * What a teacher or proctor reads after (or during) a sitting: an attempt's timeline of answers
 * and integrity events, and the review of incidents (CONFIRMED or DISMISSED) that feeds the
 * false-positive report.
 */
@ApplicationScoped
public class AttemptReports {

    static final Set<String> REVIEWS = Set.of("CONFIRMED", "DISMISSED");

    @Inject
    AttemptBackbone backbone;

    @Inject
    SittingService sittings;

    @Inject
    AttemptService attempts;

    private ExamPapers papers() {
        return attempts.papers;
    }

    public static AttemptReports over(AttemptBackbone backbone, SittingService sittings, AttemptService attempts) {
        AttemptReports reports = new AttemptReports();
        reports.backbone = backbone;
        reports.sittings = sittings;
        reports.attempts = attempts;
        return reports;
    }

    /** The timeline of one attempt, answers (superseded ones included) and events in server-time order: staff only. */
    public SittingViews.AttemptReport report(long attemptId, Actor viewer) {
        AttemptRef ref = attempts.ref(attemptId);
        Sitting sitting = sittings.sitting(ref.sittingId());
        if (!sittings.isStaffOf(sitting, viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting read attempt reports");
        }
        Attempt attempt = attempts.current(attemptId);
        AttemptSnapshot s = attempt.snapshot();
        List<SittingViews.TimelineEntry> timeline = new ArrayList<>();
        for (AnswerStep step : backbone.steps().steps(attemptId)) {
            timeline.add(new SittingViews.TimelineEntry("ANSWER", step.receivedAt(), String.valueOf(step.itemId()), step.seq(),
                    ItemJson.parse(step.response()), null, null, null, null, null));
        }
        for (EventLine e : backbone.incidents().events(attemptId)) {
            timeline.add(new SittingViews.TimelineEntry("EVENT", e.receivedAt(), null, null, null, e.kind(), e.severity(),
                    e.id(), e.occurredAt(), e.review()));
        }
        // Every EXTEND with who gave it, asked and granted, and the deadline it led to (issue 17, item 6).
        for (var x : backbone.extensions().of(attemptId)) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("requestedMinutes", x.requestedMinutes());
            detail.put("grantedSeconds", x.grantedMs() / 1000);
            detail.put("capped", x.capped());
            detail.put("overrideClose", x.overrideClose());
            detail.put("by", x.by() == null ? "" : x.by());
            if (x.deadlineAfter() != null) {
                detail.put("deadline", x.deadlineAfter().toString());
            }
            timeline.add(new SittingViews.TimelineEntry("EXTEND", x.at(), null, null, detail, "EXTEND", null,
                    null, null, null));
        }
        // Every other proctor action (message, pause, resume, terminate, admit) with who and when (issue 17, point 11).
        for (var x : backbone.proctorActions().of(ref.sittingId(), attemptId)) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("by", x.by() == null ? "" : x.by());
            detail.put("room", x.attemptId() == null);
            if (x.text() != null) {
                detail.put("text", x.text());
            }
            timeline.add(new SittingViews.TimelineEntry("ACTION", x.at(), null, null, detail, x.action(), null,
                    null, null, null));
        }
        timeline.sort(Comparator.comparing(SittingViews.TimelineEntry::at));
        // What the student saw: each item's position and the labels of its options in the version's order.
        Map<Long, Map<String, Object>> shown = new java.util.HashMap<>();
        try {
            for (var item : papers().version(sitting.paperId(), ref.versionCode()).items()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("type", item.content().type().name());
                Map<String, String> labels = ItemJson.labels(item);
                m.put("labels", labels);
                m.put("position", item.position());
                shown.put(item.itemId(), m);
            }
        } catch (RuntimeException unreadable) {
            // Without the paper the report still lists the answers, by the stored ids.
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemScore x : backbone.marks().scores(attemptId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("itemId", String.valueOf(x.itemId()));
            m.put("position", x.position());
            m.put("points", vn.khaothi.itembank.domain.item.Fractions.normalise(x.points()));
            m.put("maxPoints", vn.khaothi.itembank.domain.item.Fractions.normalise(x.maxPoints()));
            m.put("state", x.state());
            Map<String, Object> seen = shown.get(x.itemId());
            if (seen != null) {
                m.put("type", seen.get("type"));
                m.put("labels", seen.get("labels"));
            }
            items.add(m);
        }
        // Before scoring (a live attempt) the items still have their positions and labels.
        java.util.Set<String> listed = new java.util.HashSet<>();
        items.forEach(m -> listed.add(String.valueOf(m.get("itemId"))));
        shown.forEach((itemId, seen) -> {
            if (!listed.contains(String.valueOf(itemId))) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("itemId", String.valueOf(itemId));
                m.put("position", seen.get("position"));
                m.put("type", seen.get("type"));
                m.put("labels", seen.get("labels"));
                items.add(m);
            }
        });
        items.sort(Comparator.comparing(m -> ((Number) m.get("position")).intValue()));
        return new SittingViews.AttemptReport(attemptId, ref.sittingId(), ref.studentUsername(), ref.studentName(),
                ref.versionCode(), s.status().name(), s.startedAt(), s.deadline(), s.submittedAt(),
                s.submitReason() == null ? null : s.submitReason().name(), s.terminationNote(), s.score(), items, timeline);
    }

    /**
     * The essays of a sitting waiting for a teacher (the manual-grading queue), each with the
     * student's answer, for its staff; {@code POST /attempts/{id}/grades} takes them off the queue.
     */
    public List<Map<String, Object>> gradingQueue(long sittingId, Actor viewer) {
        if (!sittings.isStaffOf(sittings.sitting(sittingId), viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting grade its attempts");
        }
        List<Map<String, Object>> queue = new ArrayList<>();
        // Blind marking (issue 13): until the names are released this queue shows codes too, never names.
        var marking = backbone.marking();
        var policy = marking.policy(sittingId);
        boolean hidden = policy.map(p -> p.policy().blind() && p.releasedAt() == null).orElse(false);
        Map<Long, String> codes = new java.util.HashMap<>();
        if (policy.isPresent()) {
            marking.manualItems(sittingId, null).forEach(x -> codes.put(x.attemptId(), x.code()));
        }
        for (var e : backbone.marks().gradingQueue(sittingId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("attemptId", hidden ? null : e.attemptId());
            m.put("code", codes.get(e.attemptId()));
            m.put("studentId", hidden ? null : e.studentUsername());
            m.put("studentName", hidden ? null : e.studentName());
            m.put("versionCode", e.versionCode());
            m.put("itemId", String.valueOf(e.itemId()));
            m.put("position", e.position());
            m.put("maxPoints", vn.khaothi.itembank.domain.item.Fractions.normalise(e.maxPoints()));
            m.put("response", e.response() == null ? null : ItemJson.parse(e.response()));
            queue.add(m);
        }
        return queue;
    }

    /** A proctor (or the sitting's staff) confirms or dismisses an incident; a later review replaces an earlier one. */
    public SittingViews.ReviewedIncident review(long eventId, String decision, Actor viewer) {
        if (decision == null || !REVIEWS.contains(decision)) {
            throw SittingProblem.invalid("decision", "decision is CONFIRMED or DISMISSED");
        }
        EventLine event = backbone.incidents().event(eventId)
                .orElseThrow(() -> SittingProblem.notFound("Incident " + eventId));
        if ("INFO".equals(event.severity())) {
            throw SittingProblem.conflict("NOT_AN_INCIDENT", "An INFO event is not an incident");
        }
        AttemptRef ref = attempts.ref(event.attemptId());
        if (!sittings.isStaffOf(sittings.sitting(ref.sittingId()), viewer)) {
            throw SittingProblem.forbidden("FORBIDDEN", "Only the staff of the sitting review its incidents");
        }
        long reviewer = backbone.sittings().account(viewer.username()).orElseThrow().getKey();
        backbone.incidents().review(eventId, decision, reviewer, backbone.clock().instant());
        EventLine after = backbone.incidents().event(eventId).orElseThrow();
        return new SittingViews.ReviewedIncident(after.id(), after.attemptId(), after.kind(), after.severity(), after.review(),
                after.reviewedBy(), after.reviewedAt());
    }
}
