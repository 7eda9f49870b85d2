package vn.khaothi.rules.tt27;

/** Level of a primary subject or educational activity at a periodic assessment (mức đạt được, TT27 Art. 7): set by the teacher from the required outcomes. */
public enum PrimarySubjectLevel {
    /** Hoàn thành tốt. */
    HOAN_THANH_TOT(2, "Hoàn thành tốt", "Completed well"),
    /** Hoàn thành. */
    HOAN_THANH(1, "Hoàn thành", "Completed"),
    /** Chưa hoàn thành. */
    CHUA_HOAN_THANH(0, "Chưa hoàn thành", "Not yet completed");

    private final int rank;
    private final String vi;
    private final String en;

    PrimarySubjectLevel(int rank, String vi, String en) {
        this.rank = rank;
        this.vi = vi;
        this.en = en;
    }

    /** Higher is better. */
    public int rank() {
        return rank;
    }

    public boolean atLeast(PrimarySubjectLevel other) {
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
