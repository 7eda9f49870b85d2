package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;

/**
 * TT22 scores and subject results (điểm số, điểm trung bình môn): validation, semester and year
 * averages, commentary-subject results. Stateless and thread-safe.
 */
public final class SecondaryScoring {

    private final RuleSessionRunner runner;

    public SecondaryScoring(RuleSessionRunner runner) {
        this.runner = runner;
    }

    /**
     * Is {@code score} a valid TT22 score (0–10)? A score with more than one decimal is valid: it is
     * rounded half-up to one decimal and the reasons say so (Art. 5.3.b). Never throws for a bad value.
     */
    public Decision<Boolean> validateScore(String field, BigDecimal score) {
        FactGuard.present(field, score);
        RuleRun run = runner.run(new ExplainValidScores(), new ScoreEntry(field, score));
        return run.decision(run.all(ScoreViolation.class).isEmpty());
    }

    /**
     * The score as it is stored (TT22 Art. 5.3.b): one decimal, rounded half-up, with the reason
     * when it was rounded; a score off the 0–10 scale is refused naming {@code field}.
     */
    public Decision<BigDecimal> scoreOnEntry(String field, BigDecimal score) {
        FactGuard.present(field, score);
        RuleRun run = runner.run(new ExplainValidScores(), new ScoreEntry(field, score));
        rejectViolations(run);
        return run.decision(run.first(RoundedScore.class).map(RoundedScore::stored).orElse(score));
    }

    /** ĐTBmhk of a scored subject (TT22 Art. 9.1.b). */
    public Decision<BigDecimal> semesterAverage(List<BigDecimal> regular, BigDecimal midterm, BigDecimal finalScore) {
        FactGuard.nonEmpty("regular", regular);
        FactGuard.present("midterm", midterm);
        FactGuard.present("final", finalScore);
        List<Object> facts = new ArrayList<>(scoreEntries("regular", regular));
        facts.add(new ScoreEntry("midterm", midterm));
        facts.add(new ScoreEntry("final", finalScore));
        facts.add(new SemesterScores(onEntry(regular), ScoreScale.onEntry(midterm), ScoreScale.onEntry(finalScore)));
        RuleRun run = runner.run(facts);
        rejectViolations(run);
        return run.decision(run.one(SemesterAverage.class).value());
    }

    /** ĐTBmcn of a scored subject (TT22 Art. 9.1.b). */
    public Decision<BigDecimal> yearAverage(BigDecimal semester1, BigDecimal semester2) {
        FactGuard.present("semester1", semester1);
        FactGuard.present("semester2", semester2);
        RuleRun run = runner.run(new ScoreEntry("semester1", semester1), new ScoreEntry("semester2", semester2),
                new YearScores(ScoreScale.onEntry(semester1), ScoreScale.onEntry(semester2)));
        rejectViolations(run);
        return run.decision(run.one(YearAverage.class).value());
    }

    /** Semester result of a commentary-only subject (TT22 Art. 9.1.a). */
    public Decision<CommentaryResult> commentarySemester(int required, int taken, int failed) {
        FactGuard.atLeast("required", required, 1);
        FactGuard.atLeast("taken", taken, 0);
        FactGuard.between("failed", failed, 0, taken);
        RuleRun run = runner.run(new CommentarySemesterAssessments(required, taken, failed));
        return run.decision(run.one(CommentaryOutcome.class).result());
    }

    /** Year result of a commentary-only subject: that of semester II (TT22 Art. 9.1.a). */
    public Decision<CommentaryResult> commentaryYear(CommentaryResult semester1, CommentaryResult semester2) {
        FactGuard.present("semester1", semester1);
        FactGuard.present("semester2", semester2);
        RuleRun run = runner.run(new CommentaryYear(semester1, semester2));
        return run.decision(run.one(CommentaryOutcome.class).result());
    }

    static List<ScoreEntry> scoreEntries(String field, List<BigDecimal> scores) {
        List<ScoreEntry> entries = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            entries.add(new ScoreEntry(field + "[" + i + "]", scores.get(i)));
        }
        return entries;
    }

    /** Scores as the rules use them: each taken to one decimal (Art. 5.3.b, explained by ScoreRoundedOnEntry). */
    static List<BigDecimal> onEntry(List<BigDecimal> scores) {
        return scores.stream().map(ScoreScale::onEntry).toList();
    }

    /** The first violation the score rules found, as the exception the REST layer turns into 400. */
    static void rejectViolations(RuleRun run) {
        // lowest field name first, so the same bad input always names the same field
        run.all(ScoreViolation.class).stream().min(Comparator.comparing(ScoreViolation::field)).ifPresent(v -> {
            throw new InvalidFactException(v.field(), v.code(), v.message() + " (TT22 Art. 5.3.b)");
        });
    }
}
