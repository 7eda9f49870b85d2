package vn.khaothi.rules.tt27;

import java.math.BigDecimal;

/**
 * One primary subject or educational activity at the end of the year (TT27 Art. 7, 9).
 *
 * @param subject        the subject's name, as the caller names it
 * @param level          the level the teacher set
 * @param endOfYearScore the end-of-year periodic test score (0–10, integer), or null for a subject
 *                       without a periodic test
 */
public record PrimarySubjectOutcome(String subject, PrimarySubjectLevel level, BigDecimal endOfYearScore) {
}
