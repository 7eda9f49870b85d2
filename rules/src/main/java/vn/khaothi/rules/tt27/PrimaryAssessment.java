package vn.khaothi.rules.tt27;

import java.math.BigDecimal;
import java.util.List;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;

/** TT27 primary assessment (đánh giá học sinh tiểu học). Stateless and thread-safe. */
public final class PrimaryAssessment {

    private final RuleSessionRunner runner;
    private final Tt27Parameters parameters;

    public PrimaryAssessment(RuleSessionRunner runner, Tt27Parameters parameters) {
        this.runner = runner;
        this.parameters = parameters;
    }

    /** Is {@code score} a valid primary test score (an integer 0–10)? Never throws for a bad value. */
    public Decision<Boolean> validateScore(String field, BigDecimal score) {
        FactGuard.present(field, score);
        RuleRun run = runner.run(new PrimaryScoreEntry(field, score));
        return run.decision(run.all(PrimaryScoreViolation.class).isEmpty());
    }

    /** Does this grade take a periodic test in this subject at this point of the year? */
    public Decision<Boolean> periodicTest(int grade, PrimarySubject subject, PrimaryTestPoint point) {
        FactGuard.between("grade", grade, 1, 5);
        FactGuard.present("subject", subject);
        FactGuard.present("point", point);
        RuleRun run = runner.run(parameters, new PeriodicTestQuery(grade, subject, point));
        return run.decision(run.one(PeriodicTestRequirement.class).required());
    }

    /**
     * The year end of a primary student (TT27 Art. 9.2.a, Art. 11): the evaluation and whether the
     * grade's programme, and in grade 5 primary education, is completed. End-of-year test scores
     * are checked on the TT27 scale first (integers 0–10).
     */
    public Decision<PrimaryYearOutcome> yearResult(int grade, List<PrimarySubjectOutcome> subjects, QualityLevel qualities,
                                                   QualityLevel competences) {
        FactGuard.between("grade", grade, 1, 5);
        FactGuard.nonEmpty("subjects", subjects);
        FactGuard.present("qualities", qualities);
        FactGuard.present("competences", competences);
        java.util.List<Object> facts = new java.util.ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            PrimarySubjectOutcome s = subjects.get(i);
            FactGuard.present("subjects[" + i + "].subject", s.subject());
            FactGuard.present("subjects[" + i + "].level", s.level());
            if (s.endOfYearScore() != null) {
                facts.add(new PrimaryScoreEntry("subjects[" + i + "].endOfYearScore", s.endOfYearScore()));
            }
        }
        RuleRun scores = runner.run(facts);
        scores.all(PrimaryScoreViolation.class).stream().min(java.util.Comparator.comparing(PrimaryScoreViolation::field))
                .ifPresent(v -> {
                    throw new vn.khaothi.rules.InvalidFactException(v.field(), v.code(),
                            "a primary test score is an integer from 0 to 10 (TT27 Art. 7)");
                });
        RuleRun run = runner.run(new PrimaryYearCase(grade, subjects, qualities, competences));
        return run.decision(run.one(PrimaryYearOutcome.class));
    }

    /** Cognitive levels of primary items: M1, M2, M3. */
    public Decision<List<String>> cognitiveLevels() {
        RuleRun run = runner.run(new CognitiveLevelQuery(EducationLevel.PRIMARY));
        return run.decision(run.one(CognitiveLevelScheme.class).levels());
    }
}
