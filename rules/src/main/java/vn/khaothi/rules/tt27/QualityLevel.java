package vn.khaothi.rules.tt27;

/** Level of a quality or core competence of a primary student (phẩm chất, năng lực, TT27 Art. 7): here the lowest level among them. */
public enum QualityLevel {
    /** Tốt. */
    TOT(2, "Tốt", "Good"),
    /** Đạt. */
    DAT(1, "Đạt", "Satisfactory"),
    /** Cần cố gắng. */
    CAN_CO_GANG(0, "Cần cố gắng", "Needs effort");

    private final int rank;
    private final String vi;
    private final String en;

    QualityLevel(int rank, String vi, String en) {
        this.rank = rank;
        this.vi = vi;
        this.en = en;
    }

    /** Higher is better. */
    public int rank() {
        return rank;
    }

    public boolean atLeast(QualityLevel other) {
        return rank >= other.rank;
    }

    /** The label used in the reasons that rules give (codes stay in the API). */
    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
