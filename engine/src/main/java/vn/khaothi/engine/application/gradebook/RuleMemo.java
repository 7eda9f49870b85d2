package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Regulations;
import vn.khaothi.rules.tt22.CommentaryResult;
import vn.khaothi.rules.tt22.LearningLevel;
import vn.khaothi.rules.tt22.Promotion;

/**
 * The rules' answers remembered by their inputs, for the results of a whole school: a rule
 * decision is a pure function of its facts (and the year's rule package), so a year average of
 * (6.5, 7.0), a commentary result of 4 of 4 passed or a promotion of (KHÁ, TỐT, 3) is asked once
 * and then reused — the decision, citations included, is the rules' own. Only decisions with few
 * distinct inputs are remembered; a bound keeps the memory small.
 */
final class RuleMemo {

    private static final int LIMIT = 50_000;

    private final Regulations rules;
    private final Map<List<Object>, Decision<?>> answers = new ConcurrentHashMap<>();

    RuleMemo(Regulations rules) {
        this.rules = rules;
    }

    Regulations rules() {
        return rules;
    }

    Decision<BigDecimal> yearAverage(BigDecimal semester1, BigDecimal semester2) {
        return remember(List.of("yearAverage", semester1.stripTrailingZeros(), semester2.stripTrailingZeros()),
                () -> rules.yearAverage(semester1, semester2));
    }

    Decision<CommentaryResult> commentarySemesterResult(int required, int taken, int failed) {
        return remember(List.of("commentarySemester", required, taken, failed),
                () -> rules.commentarySemesterResult(required, taken, failed));
    }

    Decision<CommentaryResult> commentaryYearResult(CommentaryResult semester1, CommentaryResult semester2) {
        return remember(List.of("commentaryYear", semester1, semester2), () -> rules.commentaryYearResult(semester1, semester2));
    }

    Decision<Promotion> promotion(LearningLevel learning, LearningLevel conduct, int absences) {
        return remember(List.of("promotion", learning, conduct, absences), () -> rules.promotion(learning, conduct, absences));
    }

    @SuppressWarnings("unchecked")
    private <T> Decision<T> remember(List<Object> key, Supplier<Decision<T>> ask) {
        Decision<?> known = answers.get(key);
        if (known != null) {
            return (Decision<T>) known;
        }
        Decision<T> answer = ask.get();
        if (answers.size() < LIMIT) {
            answers.put(key, answer);
        }
        return answer;
    }
}
