package vn.khaothi.rules.online;

/** Reasons that commonly count as force majeure (bất khả kháng), regulations.md §4. */
public enum ForceMajeureReason {
    /** Ốm đau, tai nạn, with a medical note. */
    ILLNESS,
    /** Thiên tai, lũ lụt cutting the road. */
    DISASTER,
    /** Cách li y tế. */
    EPIDEMIC_ISOLATION,
    /** Việc gia đình đột xuất (bereavement). */
    FAMILY_EMERGENCY,
    /** Representing the school officially. */
    OFFICIAL_DUTY,
    /** Anything else: needs a written explanation and is left to the principal. */
    OTHER
}
