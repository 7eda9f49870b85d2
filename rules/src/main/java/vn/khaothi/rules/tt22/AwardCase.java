package vn.khaothi.rules.tt22;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the year-end awards (khen thưởng, TT22 Art. 15) look at: year learning and conduct levels
 * and the year averages of the scored subjects.
 */
public record AwardCase(LearningLevel learning, LearningLevel conduct, List<BigDecimal> scoredYearAverages) {

    public AwardCase {
        scoredYearAverages = List.copyOf(scoredYearAverages);
    }

    /** How many scored subjects reach {@code threshold} (9.0 for "Học sinh Xuất sắc"). */
    public long countScoredAtLeast(String threshold) {
        // the threshold is decimal text so that no binary double ever stands between the DRL and the score
        BigDecimal limit = new BigDecimal(threshold);
        return scoredYearAverages.stream().filter(s -> s.compareTo(limit) >= 0).count();
    }
}
