package vn.khaothi.rules.online;

/** Reasons that commonly count as force majeure (bất khả kháng), regulations.md §4. */
public enum ForceMajeureReason {
    /** Ốm đau, tai nạn, with a medical note. */
    ILLNESS("ốm đau, tai nạn", "illness or injury"),
    /** Thiên tai, lũ lụt cutting the road. */
    DISASTER("thiên tai, lũ lụt", "natural disaster or flooding"),
    /** Cách li y tế. */
    EPIDEMIC_ISOLATION("cách li y tế", "epidemic isolation"),
    /** Việc gia đình đột xuất (bereavement). */
    FAMILY_EMERGENCY("việc gia đình đột xuất", "family emergency"),
    /** Representing the school officially. */
    OFFICIAL_DUTY("đại diện nhà trường", "official duty for the school"),
    /** Anything else: needs a written explanation and is left to the principal. */
    OTHER("lí do khác", "another reason");

    private final String vi;
    private final String en;

    ForceMajeureReason(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The label used in the reasons that rules give (codes stay in the API). */
    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
