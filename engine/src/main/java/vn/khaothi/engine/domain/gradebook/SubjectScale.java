package vn.khaothi.engine.domain.gradebook;

/**
 * How a subject's gradebook cells are written (thang đánh giá): TT22 scores 0–10 with one decimal,
 * TT22 commentary (Đạt / Chưa đạt), or TT27 (grades 1–5) periodic tests as integers 0–10.
 */
public enum SubjectScale {
    /** TT22 Art. 5.3.b: 0–10, one decimal after rounding half-up. */
    SCORED,
    /** TT22 Art. 5.1 commentary-only subjects: {@code D} (Đạt) or {@code CD} (Chưa đạt). */
    COMMENTARY,
    /** TT27 Art. 7: periodic tests scored as integers 0–10, no decimals. */
    PRIMARY;

    public boolean scored() {
        return this != COMMENTARY;
    }
}
