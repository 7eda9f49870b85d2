package vn.khaothi.itembank.application.assembly;

/** What to do with items that recent papers already used ({@link CandidateItem#recentExposure()} &gt; 0). */
public enum ExposurePolicy {
    /** Use fresh items first; take the least exposed items only when a cell has too few fresh ones, and warn. */
    PREFER_FRESH,
    /** Never use exposed items: they count as unavailable, and a cell that needs them is reported short. */
    EXCLUDE_EXPOSED,
    /** Exposure plays no part in the choice (e.g. a practice quiz). */
    IGNORE
}
