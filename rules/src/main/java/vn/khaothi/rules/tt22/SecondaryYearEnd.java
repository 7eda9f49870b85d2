package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.support.DecisionTrace;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;

/**
 * TT22 learning-result levels and their year-end consequences (kết quả học tập, lên lớp, kiểm
 * tra lại, khen thưởng). Stateless and thread-safe.
 */
public final class SecondaryYearEnd {

    private final RuleSessionRunner runner;
    private final Tt22Parameters parameters;

    public SecondaryYearEnd(RuleSessionRunner runner, Tt22Parameters parameters) {
        this.runner = runner;
        this.parameters = parameters;
    }

    /** Level of a semester or year (TT22 Art. 9.2) with the Art. 9.3 raise. */
    public Decision<LevelOutcome> learningResult(List<BigDecimal> scoredAverages, int commentaryPassed,
                                                 int commentaryFailed) {
        FactGuard.present("scored", scoredAverages);
        for (int i = 0; i < scoredAverages.size(); i++) {
            FactGuard.present("scored[" + i + "]", scoredAverages.get(i));
        }
        FactGuard.atLeast("commentaryPassed", commentaryPassed, 0);
        FactGuard.atLeast("commentaryFailed", commentaryFailed, 0);
        if (scoredAverages.isEmpty() && commentaryPassed + commentaryFailed == 0) {
            throw new InvalidFactException("scored", "MISSING", "no subject result given");
        }
        List<Object> facts = new ArrayList<>(SecondaryScoring.scoreEntries("scored", scoredAverages));
        facts.add(ResultProfile.of(SecondaryScoring.onEntry(scoredAverages), commentaryPassed, commentaryFailed));
        RuleRun run = runner.run(facts);
        SecondaryScoring.rejectViolations(run);
        return run.decision(outcomeOf(run));
    }

    private static LevelOutcome outcomeOf(RuleRun run) {
        LearningLevel computed = run.all(LevelClassification.class).stream()
                .filter(c -> c.profile().actual())
                .map(LevelClassification::level)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no level rule classified the profile"));
        return run.first(AdjustedLevel.class)
                .map(a -> new LevelOutcome(a.adjusted(), computed, true))
                .orElse(new LevelOutcome(computed, computed, false));
    }

    /** Promotion to the next grade (TT22 Art. 12); {@code halfDaysAbsent} counts half-days (buổi). */
    public Decision<Promotion> promotion(LearningLevel learning, LearningLevel conduct, int halfDaysAbsent) {
        return promotion(learning, conduct, null, halfDaysAbsent);
    }

    /**
     * Promotion to the next grade (TT22 Art. 12), counting the conduct re-assessed after summer
     * training (Art. 13) when {@code conductAfterSummer} is given; the answer lists the unmet
     * conditions and what follows (summer training, retests).
     */
    public Decision<Promotion> promotion(LearningLevel learning, LearningLevel conduct, LearningLevel conductAfterSummer,
                                         int halfDaysAbsent) {
        FactGuard.present("learning", learning);
        FactGuard.present("conduct", conduct);
        FactGuard.atLeast("halfDaysAbsent", halfDaysAbsent, 0);
        RuleRun run = runner.run(parameters, new PromotionCase(learning, conduct, conductAfterSummer, halfDaysAbsent));
        rejectContradictions(run);
        List<String> unmet = run.all(PromotionObstacle.class).stream().map(PromotionObstacle::code).sorted().toList();
        List<String> next = run.all(PromotionNextStep.class).stream().map(PromotionNextStep::code).sorted().toList();
        return run.decision(new Promotion(unmet.isEmpty(), unmet, next));
    }

    /** Year conduct (TT22 Art. 8) and the summer training and re-assessment it may lead to (Art. 13). */
    public Decision<ConductOutcome> conduct(LearningLevel semester1, LearningLevel semester2, LearningLevel year,
                                            LearningLevel afterSummerTraining) {
        FactGuard.present("semester2", semester2);
        RuleRun run = runner.run(new ConductCase(semester1, semester2, year, afterSummerTraining));
        rejectContradictions(run);
        return run.decision(run.one(ConductOutcome.class));
    }

    /** Inputs the rules found contradictory are refused, naming the field (code {@code CONTRADICTORY}). */
    static void rejectContradictions(RuleRun run) {
        run.all(ContradictoryFact.class).stream().min(java.util.Comparator.comparing(ContradictoryFact::field))
                .ifPresent(c -> {
                    throw new InvalidFactException(c.field(), "CONTRADICTORY", c.message());
                });
    }

    /** Subjects the student may retake (TT22 Art. 14), in the order given, without checking conduct. */
    public Decision<List<String>> retestSubjects(LearningLevel yearLevel, List<SubjectYearResult> yearResults) {
        return retestSubjects(yearLevel, null, yearResults);
    }

    /**
     * Subjects the student may retake (TT22 Art. 14), in the order given: none unless the year level
     * is CHUA_DAT and {@code yearConduct} (after summer training, Art. 13) is at least DAT; a null
     * conduct is not checked.
     */
    public Decision<List<String>> retestSubjects(LearningLevel yearLevel, LearningLevel yearConduct,
                                                 List<SubjectYearResult> yearResults) {
        FactGuard.present("yearLevel", yearLevel);
        List<Object> facts = new ArrayList<>(checked(yearResults));
        facts.add(new RetestCase(yearLevel, yearConduct));
        RuleRun run = runner.run(facts);
        return run.decision(eligibleInOrder(run, yearResults));
    }

    /** As {@link #levelAfterRetest(List, LearningLevel, List)} without checking conduct. */
    public Decision<LevelOutcome> levelAfterRetest(List<SubjectYearResult> yearResults, List<RetestResult> retests) {
        return levelAfterRetest(yearResults, null, retests);
    }

    /**
     * The year level recomputed after retests (TT22 Art. 14): the year level is computed from
     * {@code yearResults}, each retest result replaces the year result of an eligible subject,
     * and the level is computed again. The decision carries the reasons of all three steps.
     */
    public Decision<LevelOutcome> levelAfterRetest(List<SubjectYearResult> yearResults, LearningLevel yearConduct,
                                                   List<RetestResult> retests) {
        checked(yearResults);
        FactGuard.present("retests", retests);
        Decision<LevelOutcome> before = levelOf(yearResults);
        List<Object> facts = new ArrayList<>(yearResults);
        facts.add(new RetestCase(before.value().level(), yearConduct));
        for (int i = 0; i < retests.size(); i++) {
            RetestResult retest = checkedRetest(i, retests.get(i));
            if (retest.score() != null) {
                // the entry is judged as entered; the result replaces the year result as stored (Art. 5.3.b)
                facts.add(new ScoreEntry("retests[" + i + "].score", retest.score()));
                retest = RetestResult.scored(retest.subject(), ScoreScale.onEntry(retest.score()));
            }
            facts.add(retest);
        }
        RuleRun run = runner.run(facts);
        SecondaryScoring.rejectViolations(run);
        List<String> eligible = eligibleInOrder(run, yearResults);
        for (int i = 0; i < retests.size(); i++) {
            if (!eligible.contains(retests.get(i).subject())) {
                throw new InvalidFactException("retests[" + i + "].subject", "NOT_ELIGIBLE",
                        retests.get(i).subject() + " is not eligible for a retest (TT22 Art. 14)");
            }
        }
        List<SubjectYearResult> finalResults = run.all(FinalSubjectResult.class).stream()
                .map(FinalSubjectResult::result).toList();
        Decision<LevelOutcome> after = levelOf(finalResults);
        DecisionTrace merged = new DecisionTrace();
        merged.absorb(traceOf(before));
        merged.absorb(run.trace());
        merged.absorb(traceOf(after));
        return new Decision<>(after.value(), merged.reasons(), merged.citations());
    }

    private Decision<LevelOutcome> levelOf(List<SubjectYearResult> results) {
        List<BigDecimal> scored = results.stream().filter(SubjectYearResult::isScored)
                .map(SubjectYearResult::average).toList();
        int passed = (int) results.stream().filter(r -> r.commentary() == CommentaryResult.DAT).count();
        int failed = (int) results.stream().filter(r -> r.commentary() == CommentaryResult.CHUA_DAT).count();
        return learningResult(scored, passed, failed);
    }

    private static DecisionTrace traceOf(Decision<?> decision) {
        return DecisionTrace.of(decision.reasons(), decision.citations());
    }

    /**
     * Year-end title (TT22 Art. 15). A learning level the scored subjects cannot reach is refused
     * ({@code learning}, CONTRADICTORY): the highest level they allow is the Art. 9.2/9.3 level with
     * every commentary subject passed; commentary results can only lower it.
     */
    public Decision<AwardTitle> award(LearningLevel learning, LearningLevel conduct, List<BigDecimal> scoredYearAverages) {
        FactGuard.present("learning", learning);
        FactGuard.present("conduct", conduct);
        FactGuard.present("scored", scoredYearAverages);
        for (int i = 0; i < scoredYearAverages.size(); i++) {
            FactGuard.present("scored[" + i + "]", scoredYearAverages.get(i));
        }
        if (!scoredYearAverages.isEmpty()) {
            LearningLevel highest = learningResult(scoredYearAverages, 0, 0).value().level();
            if (learning.rank() > highest.rank()) {
                throw new InvalidFactException("learning", "CONTRADICTORY", "a year learning level of " + learning
                        + " is impossible with these subject averages: they allow at most " + highest + " (TT22 Art. 9.2)");
            }
        }
        List<BigDecimal> used = SecondaryScoring.onEntry(scoredYearAverages);
        List<Object> facts = new ArrayList<>(SecondaryScoring.scoreEntries("scored", scoredYearAverages));
        facts.add(new AwardCase(learning, conduct, used));
        RuleRun run = runner.run(facts);
        SecondaryScoring.rejectViolations(run);
        return run.decision(run.one(Award.class).title());
    }

    private static List<SubjectYearResult> checked(List<SubjectYearResult> results) {
        FactGuard.nonEmpty("results", results);
        for (int i = 0; i < results.size(); i++) {
            SubjectYearResult r = results.get(i);
            FactGuard.present("results[" + i + "].subject", r.subject());
            if ((r.average() == null) == (r.commentary() == null)) {
                throw new InvalidFactException("results[" + i + "]", "MISSING",
                        "give exactly one of average (scored subject) or commentary");
            }
        }
        return results;
    }

    private static RetestResult checkedRetest(int i, RetestResult retest) {
        FactGuard.present("retests[" + i + "]", retest);
        FactGuard.present("retests[" + i + "].subject", retest.subject());
        if ((retest.score() == null) == (retest.commentary() == null)) {
            throw new InvalidFactException("retests[" + i + "]", "MISSING", "give exactly one of score or commentary");
        }
        return retest;
    }

    private static List<String> eligibleInOrder(RuleRun run, List<SubjectYearResult> yearResults) {
        List<String> eligible = run.all(RetestEligibleSubject.class).stream().map(RetestEligibleSubject::subject).toList();
        return yearResults.stream().map(SubjectYearResult::subject).filter(eligible::contains).toList();
    }
}
