package vn.khaothi.rules.tt22;

/**
 * Conclusion: the level after the TT22 Art. 9.3 raise (điều chỉnh lên mức liền kề), when a single
 * subject pulled the level down by two or more.
 */
public record AdjustedLevel(LearningLevel computed, LearningLevel adjusted) {
}
