package vn.khaothi.rules.tt22;

/**
 * Conclusion: conduct as the year end counts it (TT22 Art. 8, Art. 13).
 *
 * @param year                   the year conduct level
 * @param summerTrainingRequired true when the year conduct is CHUA_DAT and no re-assessment is known yet
 * @param afterSummerTraining    the summer re-assessment, or null
 * @param forPromotion           the level Art. 12.1.a counts (the re-assessment when there is one);
 *                               while training is pending it is the year level
 */
public record ConductOutcome(LearningLevel year, boolean summerTrainingRequired, LearningLevel afterSummerTraining,
                             LearningLevel forPromotion) {
}
