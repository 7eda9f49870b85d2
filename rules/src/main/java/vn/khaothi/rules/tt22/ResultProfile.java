package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The subject results a learning-result level is judged on (TT22 Art. 9.2): the averages of the
 * scored subjects and the counts of commentary subjects at {@code DAT} / {@code CHUA_DAT}.
 * <p>
 * A profile is either the student's {@linkplain #actual() actual} one, or a hypothetical one in
 * which a single subject's result is taken at its best — what TT22 Art. 9.3 compares against
 * ("chỉ do kết quả đánh giá của duy nhất 01 môn học").
 *
 * @param actual            true for the student's own results, false for an Art. 9.3 hypothesis
 * @param scored            the scored-subject averages, ascending
 * @param commentaryPassed  commentary subjects at {@code DAT}
 * @param commentaryFailed  commentary subjects at {@code CHUA_DAT}
 */
public record ResultProfile(boolean actual, List<BigDecimal> scored, int commentaryPassed,
                            int commentaryFailed) {

    private static final BigDecimal BEST_SCORE = BigDecimal.TEN;

    public ResultProfile {
        List<BigDecimal> sorted = new ArrayList<>(scored);
        Collections.sort(sorted);
        scored = List.copyOf(sorted);
    }

    public static ResultProfile of(List<BigDecimal> scored, int commentaryPassed, int commentaryFailed) {
        return new ResultProfile(true, scored, commentaryPassed, commentaryFailed);
    }

    public int scoredCount() {
        return scored.size();
    }

    /** The lowest scored-subject average, or 10 when there is no scored subject. */
    public BigDecimal lowestScored() {
        return scored.isEmpty() ? BEST_SCORE : scored.get(0);
    }

    /** How many scored subjects reach {@code threshold} (e.g. 8.0 for TỐT, Art. 9.2). */
    public long countScoredAtLeast(String threshold) {
        // the threshold is decimal text so that no binary double ever stands between the DRL and the score
        BigDecimal limit = new BigDecimal(threshold);
        return scored.stream().filter(s -> s.compareTo(limit) >= 0).count();
    }

    /** How many scored subjects fall below {@code threshold} (e.g. 3.5, Art. 9.2). */
    public long countScoredBelow(String threshold) {
        return scoredCount() - countScoredAtLeast(threshold);
    }

    /**
     * The first reading of Art. 9.3, no longer used by the rules: the lowest subject at 10, which
     * let the subject that pulled the level down count as one of the six good ones. Raising any
     * other single scored subject can never reach a higher level than raising the lowest one,
     * so this one hypothesis covers every scored subject for Art. 9.3.
     */
    public ResultProfile withLowestScoredAtBest() {
        List<BigDecimal> raised = new ArrayList<>(scored);
        raised.set(0, BEST_SCORE);
        return new ResultProfile(false, raised, commentaryPassed, commentaryFailed);
    }

    /**
     * The Art. 9.3 hypothesis: the lowest scored subject is set aside — it is taken to meet the
     * floor every subject must reach at the level considered (6.5 for TỐT, 5.0 for KHÁ, 3.5 for
     * ĐẠT) but it never counts among the six subjects at the level's higher threshold. The level
     * must have been lowered "only because of" that subject, so the other subjects must earn the
     * level on their own (docs/regulations-mapping.md, "Art. 9.3 with a subject at 10"). Setting
     * aside the lowest subject dominates setting aside any other, so this one hypothesis covers
     * every scored subject.
     */
    public ResultProfile withLowestScoredSetAside() {
        return new ResultProfile(false, scored.subList(1, scored.size()), commentaryPassed, commentaryFailed);
    }

    /** The hypothesis in which one commentary subject at {@code CHUA_DAT} had been {@code DAT}. */
    public ResultProfile withOneCommentaryPassed() {
        return new ResultProfile(false, scored, commentaryPassed + 1, commentaryFailed - 1);
    }
}
