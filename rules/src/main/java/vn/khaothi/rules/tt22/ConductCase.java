package vn.khaothi.rules.tt22;

/**
 * A student's conduct (kết quả rèn luyện, TT22 Art. 8) for the year, as the homeroom teacher
 * assessed it, and the re-assessment after summer training (Art. 13) when there was one.
 *
 * @param semester1          conduct of semester I, or null when not given
 * @param semester2          conduct of semester II (required: the year rests mainly on it)
 * @param year               the year conduct the homeroom teacher decided, or null to take that of
 *                           semester II
 * @param afterSummerTraining the re-assessment at the end of the summer, or null
 */
public record ConductCase(LearningLevel semester1, LearningLevel semester2, LearningLevel year,
                          LearningLevel afterSummerTraining) {
}
