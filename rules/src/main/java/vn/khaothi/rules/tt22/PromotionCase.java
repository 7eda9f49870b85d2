package vn.khaothi.rules.tt22;

/**
 * A student's year-end standing for promotion to the next grade (lên lớp, TT22 Art. 12).
 *
 * @param learning           year learning-result level (after any Art. 9.3 adjustment, counting
 *                           retests, Art. 14)
 * @param conduct            year conduct (rèn luyện) level as assessed at the end of the year (Art. 8)
 * @param conductAfterSummer the re-assessment after summer conduct training (Art. 13), or null when
 *                           there was none; only a student whose year conduct is CHUA_DAT has one
 * @param halfDaysAbsent     half-days (buổi) absent in the school year, permitted or not (Art. 12.1.c)
 */
public record PromotionCase(LearningLevel learning, LearningLevel conduct, LearningLevel conductAfterSummer,
                            int halfDaysAbsent) {

    /** Without a summer re-assessment; the count is of half-days (it was read as days before). */
    public PromotionCase(LearningLevel learning, LearningLevel conduct, int halfDaysAbsent) {
        this(learning, conduct, null, halfDaysAbsent);
    }

    /** Kept for callers of the first version: the same number, which Art. 12 counts in half-days. */
    public int daysAbsent() {
        return halfDaysAbsent;
    }

    /** The conduct Art. 12.1.a counts: the summer re-assessment when there is one (Art. 13). */
    public LearningLevel conductForPromotion() {
        return conductAfterSummer != null ? conductAfterSummer : conduct;
    }

    public boolean hasSummerReassessment() {
        return conductAfterSummer != null;
    }
}
