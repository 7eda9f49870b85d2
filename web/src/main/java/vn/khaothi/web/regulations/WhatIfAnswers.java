package vn.khaothi.web.regulations;

import java.math.BigDecimal;
import java.util.List;
import vn.khaothi.rules.Decision;
import vn.khaothi.rules.Reason;

/**
 * The bodies of the what-if answers. Every answer names the {@code schoolYear} whose rules
 * decided, and carries the {@code reasons} (one shape everywhere: {@link ReasonView}) and the
 * distinct {@code citations} of the rules that fired, in firing order.
 */
public final class WhatIfAnswers {

    private WhatIfAnswers() {
    }

    /**
     * One step of a decision: the explanation in Vietnamese and English, the clause it applies
     * and the rule that produced it.
     */
    public record ReasonView(String vi, String en, String citation, String rule) {

        static List<ReasonView> of(Decision<?> decision) {
            return decision.reasons().stream().map(ReasonView::of).toList();
        }

        static ReasonView of(Reason reason) {
            return new ReasonView(reason.vi(), reason.en(), reason.citation(), reason.rule());
        }
    }

    /** An average, rounded half-up to one decimal (5.5, 6.0): a JSON number. */
    public record Average(String schoolYear, BigDecimal average, List<ReasonView> reasons, List<String> citations) {
    }

    /** A learning-result level: the final one, the one Art. 9.2 computed, and whether Art. 9.3 raised it. */
    public record Level(String schoolYear, String level, String computedLevel, boolean adjusted,
                        List<ReasonView> reasons, List<String> citations) {
    }

    /** Whether an assessment may be taken online, and what it still lacks. */
    public record Permission(String schoolYear, boolean allowed, List<String> requires,
                             List<ReasonView> reasons, List<String> citations) {
    }

    /** Whether a score is on the scale. */
    public record ScoreValidity(String schoolYear, boolean valid, List<ReasonView> reasons, List<String> citations) {
    }

    /** The number of regular assessments each semester (TT22 Art. 6). */
    public record RegularCount(String schoolYear, int perSemester, List<ReasonView> reasons, List<String> citations) {
    }

    /** The allowed length of a periodic test in minutes, both ends included (TT22 Art. 7). */
    public record Duration(String schoolYear, int minMinutes, int maxMinutes,
                           List<ReasonView> reasons, List<String> citations) {
    }

    /** Promoted or not, with the unmet conditions (TT22 Art. 11). */
    public record Promotion(String schoolYear, boolean promoted, List<String> unmet,
                            List<ReasonView> reasons, List<String> citations) {
    }

    /** The year-end title: OUTSTANDING (Xuất sắc), EXCELLENT (Giỏi) or NONE (TT22 Art. 15). */
    public record Award(String schoolYear, String award, List<ReasonView> reasons, List<String> citations) {
    }
}
