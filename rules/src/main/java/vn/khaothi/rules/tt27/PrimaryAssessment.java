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

    /** Is {@code score} a valid primary test score (an integer 1–10)? Never throws for a bad value. */
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

    /** Cognitive levels of primary items: M1, M2, M3. */
    public Decision<List<String>> cognitiveLevels() {
        RuleRun run = runner.run(new CognitiveLevelQuery(EducationLevel.PRIMARY));
        return run.decision(run.one(CognitiveLevelScheme.class).levels());
    }
}
