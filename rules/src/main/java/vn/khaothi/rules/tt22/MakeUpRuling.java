package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/**
 * Conclusion about a missed periodic assessment (TT22 Art. 7).
 *
 * @param code            {@code MAKE_UP_REQUIRED} (same form, level and duration),
 *                        {@code MAKE_UP_RESULT_STANDS}, {@code MISSED_MAKE_UP} or
 *                        {@code NO_MAKE_UP_WITHOUT_JUSTIFICATION}
 * @param durationMinutes the make-up's duration when one is required, else null
 * @param score           the score recorded for a scored subject when the make-up was missed, else null
 * @param commentary      the result recorded for a commentary subject when the make-up was missed, else null
 */
public record MakeUpRuling(String code, Integer durationMinutes, BigDecimal score, CommentaryResult commentary) {
}
