package vn.khaothi.rules.tt22;

/**
 * A learning-result level as the API shows it: the final {@code level}, the {@code computedLevel}
 * of Art. 9.2 and whether Art. 9.3 {@code adjusted} it.
 */
public record LevelOutcome(LearningLevel level, LearningLevel computedLevel, boolean adjusted) {
}
