package vn.khaothi.rules.online;

/** Reasons a student may give for not coming to school for a test; all but OFFICIAL_DUTY may be force majeure (bất khả kháng), regulations.md §4. */
public enum ForceMajeureReason {
    /** Ốm đau, tai nạn, with a medical note. */
    ILLNESS("ốm đau, tai nạn", "illness or injury"),
    /** Thiên tai, lũ lụt cutting the road. */
    DISASTER("thiên tai, lũ lụt", "natural disaster or flooding"),
    /** Cách li y tế. */
    EPIDEMIC_ISOLATION("cách li y tế", "epidemic isolation"),
    /** Việc gia đình đột xuất (bereavement). */
    FAMILY_EMERGENCY("việc gia đình đột xuất", "family emergency"),
    /**
     * Representing the school officially: <b>not</b> force majeure but a justified absence, which
     * leads to an in-person make-up (TT22 Art. 7). Kept so that such requests can be named, and refused.
     */
    OFFICIAL_DUTY("đại diện nhà trường", "official duty for the school"),
    /** Anything else: needs a written explanation (school policy) and is left to the principal. */
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
