package vn.khaothi.rules.tt22;

/** Conclusion: the level a profile meets under TT22 Art. 9.2 (before any Art. 9.3 adjustment). */
public record LevelClassification(ResultProfile profile, LearningLevel level) {
}
