package vn.khaothi.rules.tt22;

/**
 * A periodic assessment a student missed (TT22 Art. 7).
 *
 * @param scored          true for a scored subject, false for a commentary-only one
 * @param justified       true when the absence had a justified reason (lí do chính đáng)
 * @param makeUp          where the make-up stands
 * @param durationMinutes the length of the assessment that was missed
 */
public record MissedPeriodicAssessment(boolean scored, boolean justified, MakeUpStatus makeUp,
                                       int durationMinutes) {
}
