package vn.khaothi.rules.tt22;

/**
 * Level of a learning (or conduct) result of a semester or year — <i>mức đánh giá kết quả học tập
 * / rèn luyện</i> (TT22 Art. 9.2, Art. 8). Codes are ASCII, as the API contract says.
 */
public enum LearningLevel {
    /** Chưa đạt. */
    CHUA_DAT(0, "Chưa đạt", "Not yet passed"),
    /** Đạt. */
    DAT(1, "Đạt", "Pass"),
    /** Khá. */
    KHA(2, "Khá", "Good"),
    /** Tốt. */
    TOT(3, "Tốt", "Very good");

    private final int rank;
    private final String vi;
    private final String en;

    LearningLevel(int rank, String vi, String en) {
        this.rank = rank;
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

    public int rank() {
        return rank;
    }

    public boolean atLeast(LearningLevel other) {
        return rank >= other.rank;
    }

    /** The adjacent level above (TT22 Art. 9.3 "mức liền kề"); TOT stays TOT. */
    public LearningLevel oneAbove() {
        return this == TOT ? TOT : values()[ordinal() + 1];
    }

    /** How many levels {@code higher} is above this one (negative when it is below). */
    public int levelsBelow(LearningLevel higher) {
        return higher.rank - rank;
    }
}
