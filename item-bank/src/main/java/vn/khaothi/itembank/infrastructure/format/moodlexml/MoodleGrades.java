package vn.khaothi.itembank.infrastructure.format.moodlexml;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grades Moodle accepts for an answer (its grade-options list, positive and negative), and its
 * rule that an import fails when a grade is not one of them — so a typo such as 33 % for a third
 * is caught instead of leaving a question that can never reach full marks.
 */
final class MoodleGrades {

    private static final List<BigDecimal> OPTIONS = List.of("1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667",
            "0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1",
            "0.05", "0").stream().map(BigDecimal::new).toList();
    private static final BigDecimal SLACK = new BigDecimal("0.00001");

    private MoodleGrades() {
    }

    static boolean allowed(BigDecimal fraction) {
        BigDecimal abs = fraction.abs();
        return OPTIONS.stream().anyMatch(o -> o.subtract(abs).abs().compareTo(SLACK) < 0);
    }
}
