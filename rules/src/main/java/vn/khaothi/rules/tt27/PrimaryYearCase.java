package vn.khaothi.rules.tt27;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the year-end evaluation of a primary student looks at (TT27 Art. 9.2.a, Art. 11): the level
 * of every subject and educational activity, the end-of-year test scores, and the lowest level of
 * the qualities and of the core competences.
 *
 * @param grade        the grade, 1–5
 * @param subjects     every subject and educational activity
 * @param qualities    the lowest level among the student's qualities (phẩm chất)
 * @param competences  the lowest level among the student's core competences (năng lực)
 */
public record PrimaryYearCase(int grade, List<PrimarySubjectOutcome> subjects, QualityLevel qualities,
                              QualityLevel competences) {

    public PrimaryYearCase {
        subjects = List.copyOf(subjects);
    }

    /** Every subject is at least {@code level}. */
    public boolean allSubjectsAtLeast(PrimarySubjectLevel level) {
        return subjects.stream().allMatch(s -> s.level().atLeast(level));
    }

    /** Qualities and competences are both at least {@code level}. */
    public boolean qualitiesAndCompetencesAtLeast(QualityLevel level) {
        return qualities.atLeast(level) && competences.atLeast(level);
    }

    /** Every end-of-year test reaches {@code threshold} (decimal text, e.g. "9"). */
    public boolean testsAtLeast(String threshold) {
        BigDecimal limit = new BigDecimal(threshold);
        return subjects.stream().map(PrimarySubjectOutcome::endOfYearScore).filter(Objects::nonNull)
                .allMatch(s -> s.compareTo(limit) >= 0);
    }

    /** The lowest end-of-year test score, or null when no subject has a test; for the reasons. */
    public BigDecimal lowestTest() {
        return subjects.stream().map(PrimarySubjectOutcome::endOfYearScore).filter(Objects::nonNull)
                .min(BigDecimal::compareTo).orElse(null);
    }
}
