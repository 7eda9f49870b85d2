package vn.khaothi.rules.tt27;

/**
 * Conclusion: a primary student's year end (TT27 Art. 9.2.a and Art. 11).
 *
 * @param evaluation                the year-end evaluation of educational results
 * @param gradeCompleted            the grade's programme is completed (hoàn thành chương trình lớp học)
 * @param primaryProgrammeCompleted grade 5 completed: the primary programme is completed
 */
public record PrimaryYearOutcome(PrimaryEvaluation evaluation, boolean gradeCompleted,
                                 boolean primaryProgrammeCompleted) {
}
