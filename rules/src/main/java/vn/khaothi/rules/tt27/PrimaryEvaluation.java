package vn.khaothi.rules.tt27;

/** The year-end evaluation of a primary student's educational results (TT27 Art. 9.2.a). */
public enum PrimaryEvaluation {
    /** Hoàn thành xuất sắc. */
    HOAN_THANH_XUAT_SAC(3, "Hoàn thành xuất sắc", "Completed with distinction"),
    /** Hoàn thành tốt. */
    HOAN_THANH_TOT(2, "Hoàn thành tốt", "Completed well"),
    /** Hoàn thành. */
    HOAN_THANH(1, "Hoàn thành", "Completed"),
    /** Chưa hoàn thành. */
    CHUA_HOAN_THANH(0, "Chưa hoàn thành", "Not yet completed");

    private final int rank;
    private final String vi;
    private final String en;

    PrimaryEvaluation(int rank, String vi, String en) {
        this.rank = rank;
        this.vi = vi;
        this.en = en;
    }

    /** Higher is better. */
    public int rank() {
        return rank;
    }

    public boolean atLeast(PrimaryEvaluation other) {
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
