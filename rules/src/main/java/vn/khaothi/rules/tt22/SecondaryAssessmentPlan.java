package vn.khaothi.rules.tt22;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;
import vn.khaothi.rules.tt27.CognitiveLevelQuery;
import vn.khaothi.rules.tt27.CognitiveLevelScheme;
import vn.khaothi.rules.tt27.EducationLevel;

import java.util.List;

/**
 * How TT22 assessments are planned (kế hoạch kiểm tra, đánh giá): how many regular assessments,
 * how long periodic tests are, what happens to a missed one, which cognitive levels items use.
 * Stateless and thread-safe.
 */
public final class SecondaryAssessmentPlan {

    /** Generous upper bound on periods a year: no subject has more than 10 a week for 35 weeks. */
    private static final int MAX_PERIODS_PER_YEAR = 350;
    /** Upper bound on a test length that is plausible at all (a whole morning). */
    private static final int MAX_TEST_MINUTES = 300;

    private final RuleSessionRunner runner;
    private final Tt22Parameters parameters;

    public SecondaryAssessmentPlan(RuleSessionRunner runner, Tt22Parameters parameters) {
        this.runner = runner;
        this.parameters = parameters;
    }

    /** Regular assessments per semester (TT22 Art. 6). */
    public Decision<Integer> regularAssessmentCount(int periodsPerYear, boolean commentaryOnly) {
        return regularAssessmentCount(periodsPerYear, commentaryOnly, false);
    }

    /** Regular assessments per semester (TT22 Art. 6), one more with a learning-topic cluster (Art. 6.3). */
    public Decision<Integer> regularAssessmentCount(int periodsPerYear, boolean commentaryOnly, boolean learningTopicCluster) {
        FactGuard.between("periodsPerYear", periodsPerYear, 1, MAX_PERIODS_PER_YEAR);
        RuleRun run = runner.run(parameters, new RegularAssessmentQuery(periodsPerYear, commentaryOnly, learningTopicCluster));
        return run.decision(run.one(RequiredRegularAssessments.class).perSemester());
    }

    /** Allowed length of a periodic test (TT22 Art. 7). */
    public Decision<PeriodicDuration> periodicDuration(int periodsPerYear, boolean specialised) {
        FactGuard.between("periodsPerYear", periodsPerYear, 1, MAX_PERIODS_PER_YEAR);
        RuleRun run = runner.run(parameters, new PeriodicDurationQuery(periodsPerYear, specialised));
        return run.decision(run.one(PeriodicDuration.class));
    }

    /** What follows a missed periodic assessment (TT22 Art. 7). */
    public Decision<MakeUpRuling> missedPeriodicAssessment(boolean scored, boolean justified, MakeUpStatus makeUp,
                                                           int durationMinutes) {
        FactGuard.present("makeUp", makeUp);
        FactGuard.between("durationMinutes", durationMinutes, 1, MAX_TEST_MINUTES);
        RuleRun run = runner.run(parameters, new MissedPeriodicAssessment(scored, justified, makeUp, durationMinutes));
        return run.decision(run.one(MakeUpRuling.class));
    }

    /** Cognitive levels of secondary items: NB, TH, VD, VDC (the Ministry's matrix guidance; TT22 names none). */
    public Decision<List<String>> cognitiveLevels() {
        RuleRun run = runner.run(new CognitiveLevelQuery(EducationLevel.SECONDARY));
        return run.decision(run.one(CognitiveLevelScheme.class).levels());
    }
}
