package vn.khaothi.rules.tt22;

/**
 * A student's year-end standing for promotion to the next grade (lên lớp, TT22 Art. 11).
 *
 * @param learning   year learning-result level (after any Art. 9.3 adjustment)
 * @param conduct    year conduct (rèn luyện) level
 * @param daysAbsent days absent in the school year, justified or not
 */
public record PromotionCase(LearningLevel learning, LearningLevel conduct, int daysAbsent) {
}
