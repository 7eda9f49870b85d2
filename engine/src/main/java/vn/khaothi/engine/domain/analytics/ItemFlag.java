package vn.khaothi.engine.domain.analytics;

/** What a department head should look at in an item (api-contract.md, "Analytics"); thresholds in {@link FlagThresholds}. */
public enum ItemFlag {
    /** Stronger students did worse on it than weaker ones: a wrong key or a misleading stem. */
    NEGATIVE_DISCRIMINATION,
    /** It barely tells stronger from weaker students. */
    LOW_DISCRIMINATION,
    /** Almost everyone earns its points. */
    TOO_EASY,
    /** Almost nobody earns its points. */
    TOO_HARD,
    /** A wrong option that (almost) nobody chooses does no work. */
    NON_FUNCTIONING_DISTRACTOR
}
