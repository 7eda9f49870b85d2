package vn.khaothi.rules.tt22;

/** The year learning-result level that decides whether retests (kiểm tra lại) apply, Art. 12. */
public record RetestCase(LearningLevel yearLevel) {
}
