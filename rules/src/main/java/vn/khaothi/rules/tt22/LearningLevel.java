package vn.khaothi.rules.tt22;

/**
 * Level of a learning (or conduct) result of a semester or year — <i>mức đánh giá kết quả học tập
 * / rèn luyện</i> (TT22 Art. 9.2, Art. 8). Codes are ASCII, as the API contract says.
 */
public enum LearningLevel {
    /** Chưa đạt. */
    CHUA_DAT(0),
    /** Đạt. */
    DAT(1),
    /** Khá. */
    KHA(2),
    /** Tốt. */
    TOT(3);

    private final int rank;

    LearningLevel(int rank) {
        this.rank = rank;
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
