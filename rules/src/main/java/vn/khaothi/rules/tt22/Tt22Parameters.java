package vn.khaothi.rules.tt22;

import java.math.BigDecimal;

/**
 * The TT22 values that regulations.md marks <b>(verify)</b>: kept as a fact the rules read, never
 * as literals in the DRL, so a corrected value is a new catalog entry and not an edit of a rule.
 * Their sources are listed in docs/regulations-mapping.md.
 *
 * @param commentaryOnlyRegularCount   regular assessments per semester of a commentary-only subject (Art. 6)
 * @param durationUpTo70PeriodsMinutes periodic test length for subjects of ≤ 70 periods/year (Art. 7: 45;
 *                                     an earlier version of this record said 60, which was wrong)
 * @param durationOver70MinMinutes     shortest periodic test for subjects of &gt; 70 periods/year (Art. 7)
 * @param durationOver70MaxMinutes     longest periodic test for subjects of &gt; 70 periods/year (Art. 7)
 * @param specialisedMaxMinutes        longest periodic test of a specialised subject (Art. 7; the text
 *                                     states no minimum)
 * @param missedMakeUpScore            score of a scored subject whose make-up was not sat (Art. 7)
 * @param maxAbsentDays                most <b>half-days</b> (buổi học) absent in a year that still allow
 *                                     promotion (Art. 12.1.c); the name is kept for compatibility, see
 *                                     {@link #maxAbsentHalfDays()}
 */
public record Tt22Parameters(int commentaryOnlyRegularCount,
                             int durationUpTo70PeriodsMinutes,
                             int durationOver70MinMinutes,
                             int durationOver70MaxMinutes,
                             int specialisedMaxMinutes,
                             BigDecimal missedMakeUpScore,
                             int maxAbsentDays) {

    /** The values of regulations.md for TT 22/2021 as first in force (school year 2021–2022 on). */
    public static Tt22Parameters tt22of2021() {
        return new Tt22Parameters(2, 45, 60, 90, 120, BigDecimal.ZERO, 45);
    }

    /** Art. 12.1.c counts absences in half-days (buổi) of the education plan, not in days. */
    public int maxAbsentHalfDays() {
        return maxAbsentDays;
    }
}
