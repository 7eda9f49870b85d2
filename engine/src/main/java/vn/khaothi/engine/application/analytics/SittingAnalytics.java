package vn.khaothi.engine.application.analytics;

import vn.khaothi.itembank.domain.workflow.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.khaothi.engine.application.sitting.ExamPapers;
import vn.khaothi.engine.application.sitting.SittingProblem;
import vn.khaothi.engine.application.sitting.SittingService;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.analytics.ItemSpec;
import vn.khaothi.engine.domain.analytics.OptionChoices;
import vn.khaothi.engine.domain.analytics.ScoreSheet;
import vn.khaothi.engine.domain.analytics.TestAnalysis;
import vn.khaothi.engine.domain.analytics.TestReport;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.application.paper.DeliverableItem;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.itembank.application.statistics.ItemStatisticsLedger;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;

/**
 * The item analysis of a sitting (phân tích kết quả bài kiểm tra) for its staff, the department head
 * of its subject and the management — never a student. Reads the attempts in two queries, analyses
 * them with {@link TestAnalysis}, and once the sitting has closed feeds each item version's figures
 * back into the bank ({@link ItemStatisticsLedger}, incremental and idempotent per sitting).
 */
@ApplicationScoped
public class SittingAnalytics {

    private static final Logger LOG = Logger.getLogger(SittingAnalytics.class.getName());

    @Inject
    SittingService sittings;

    @Inject
    ExamPapers papers;

    @Inject
    SittingFigures figures;

    private Clock clock = Clock.systemUTC();

    /** Outside the container (tests). */
    public static SittingAnalytics over(SittingService sittings, ExamPapers papers, SittingFigures figures, Clock clock) {
        SittingAnalytics a = new SittingAnalytics();
        a.sittings = sittings;
        a.papers = papers;
        a.figures = figures;
        a.clock = clock;
        return a;
    }

    /**
     * A sitting's analysis: the report, how many attempts still wait for an essay's mark (left out of
     * it), and whether the bank took the figures (once the sitting has closed).
     */
    public record Analysis(long sittingId, TestReport report, int pendingGrading, boolean bankUpdated) {
    }

    /** The analysis; 403 for anyone but the sitting's staff, its subject's head, management. */
    public Analysis analyse(long sittingId, Actor viewer) {
        Sitting sitting = sittings.sitting(sittingId);
        authorise(sitting, viewer);
        DeliverablePaper paper = papers.paper(sitting.paperId())
                .orElseThrow(() -> SittingProblem.conflict("PAPER_UNAVAILABLE", "The sitting's paper is not in the bank"));
        Loaded loaded = load(figures, sittingId, paper);
        TestReport report = TestAnalysis.analyse(loaded.sheet);
        boolean closed = sitting.closesAt().isBefore(clock.instant());
        if (closed && report.attempts() > 0) {
            feedBank(sittingId, report, loaded.versionIds);
        }
        return new Analysis(sittingId, report, loaded.pendingGrading, closed);
    }

    /**
     * Feeds the bank with a sitting's figures now, whoever asks (no view is returned): for the
     * results-publishing step (POST /sittings/{id}/results/publish), after which the results are final
     * even if the sitting's window is still open. Idempotent per sitting, like the analysis.
     *
     * @return the number of item versions updated
     */
    public int refreshBank(long sittingId) {
        Sitting sitting = sittings.sitting(sittingId);
        DeliverablePaper paper = papers.paper(sitting.paperId())
                .orElseThrow(() -> SittingProblem.conflict("PAPER_UNAVAILABLE", "The sitting's paper is not in the bank"));
        Loaded loaded = load(figures, sittingId, paper);
        TestReport report = TestAnalysis.analyse(loaded.sheet);
        return report.attempts() == 0 ? 0 : feedBank(sittingId, report, loaded.versionIds);
    }

    private void authorise(Sitting sitting, Actor viewer) {
        if (viewer.isManager() || viewer.username().equals(sitting.createdBy())
                || sittings.isProctor(sitting.id(), viewer.username())) {
            return;
        }
        if (viewer.has(Role.DEPARTMENT_HEAD) && sitting.subjectCode() != null
                && figures.subjectsOf(viewer.username()).contains(sitting.subjectCode())) {
            return;
        }
        throw SittingProblem.forbidden("FORBIDDEN",
                "The analysis is for the sitting's staff, the department head of its subject and the management");
    }

    /** The sheet of a sitting: every item of every version once, the bank's option ids, the scores and choices. */
    record Loaded(ScoreSheet sheet, Map<Long, Long> versionIds, int pendingGrading) {
    }

    static Loaded load(SittingFigures figures, long sittingId, DeliverablePaper paper) {
        Map<Long, DeliverableItem> firstSeen = new LinkedHashMap<>();
        for (DeliverableVersion v : paper.versions()) {
            for (DeliverableItem item : v.items()) {
                firstSeen.putIfAbsent(item.itemId(), item);
            }
        }
        Map<Long, Long> versionIds = new HashMap<>();
        firstSeen.values().forEach(i -> versionIds.put(i.itemId(), i.itemVersionId()));
        Map<Long, Integer> numbers = figures.versionNumbers(versionIds.values());
        List<ItemSpec> specs = new ArrayList<>();
        Map<Long, Integer> column = new HashMap<>();
        List<Long> choiceItems = new ArrayList<>();
        for (DeliverableItem item : firstSeen.values()) {
            List<String> options = List.of();
            Set<String> keys = Set.of();
            if (item.content().body() instanceof ChoiceBody b) {
                options = b.options().stream().map(Choice::id).toList();
                keys = b.options().stream().filter(Choice::isCorrect).map(Choice::id).collect(java.util.stream.Collectors.toSet());
                choiceItems.add(item.itemId());
            }
            column.put(item.itemId(), specs.size());
            specs.add(new ItemSpec(item.position(), item.itemId(), numbers.get(item.itemVersionId()),
                    item.content().type().name(), item.points().doubleValue(), options, keys));
        }
        ScoreSheet sheet = new ScoreSheet(specs);
        Map<Long, Map<Long, List<String>>> choices = figures.choices(sittingId, choiceItems);
        List<SittingFigures.Row> attempt = new ArrayList<>();
        int[] pending = {0};
        figures.scores(sittingId, row -> {
            if (!attempt.isEmpty() && attempt.get(0).attemptId() != row.attemptId()) {
                pending[0] += add(sheet, attempt, column, choices) ? 0 : 1;
                attempt.clear();
            }
            attempt.add(row);
        });
        if (!attempt.isEmpty()) {
            pending[0] += add(sheet, attempt, column, choices) ? 0 : 1;
        }
        return new Loaded(sheet, versionIds, pending[0]);
    }

    /** Adds one attempt's row; false (and nothing added) while an essay of it waits for a teacher. */
    private static boolean add(ScoreSheet sheet, List<SittingFigures.Row> rows, Map<Long, Integer> column,
                               Map<Long, Map<Long, List<String>>> choices) {
        if (rows.stream().anyMatch(r -> "NEEDS_GRADING".equals(r.state()))) {
            return false;
        }
        long attemptId = rows.get(0).attemptId();
        Map<Long, List<String>> chosen = choices.getOrDefault(attemptId, Map.of());
        int r = sheet.addAttempt(rows.get(0).versionCode());
        for (SittingFigures.Row row : rows) {
            Integer i = column.get(row.itemId());
            if (i == null) {
                continue; // an item no longer on the paper (cannot happen for a pinned paper): left out
            }
            ItemSpec spec = sheet.items().get(i);
            int mask = spec.hasOptions() ? OptionChoices.ofBankIds(chosen.getOrDefault(row.itemId(), List.of()),
                    spec.optionIds()) : 0;
            sheet.set(r, i, Math.min(row.points(), spec.maxPoints()), !"UNANSWERED".equals(row.state()), mask);
        }
        return true;
    }

    private int feedBank(long sittingId, TestReport report, Map<Long, Long> versionIds) {
        List<ItemStatisticsLedger.Contribution> contributions = new ArrayList<>();
        for (TestReport.ItemReport item : report.items()) {
            if (item.attempts() > 0 && item.responses() > 0) {
                contributions.add(new ItemStatisticsLedger.Contribution(item.itemId(), versionIds.get(item.itemId()),
                        item.attempts(), item.facility(), item.discrimination()));
            }
        }
        try {
            return figures.feedBank(sittingId, contributions, clock.instant());
        } catch (RuntimeException e) {
            LOG.warning("bank statistics of sitting " + sittingId + " not updated: " + e.getClass().getSimpleName());
            throw e;
        }
    }
}
