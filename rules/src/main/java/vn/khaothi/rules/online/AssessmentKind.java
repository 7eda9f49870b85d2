package vn.khaothi.rules.online;

/** Kinds of assessment as the API names them. */
public enum AssessmentKind {
    /** Đánh giá thường xuyên. */
    REGULAR,
    /** Kiểm tra giữa kì. */
    MIDTERM,
    /** Kiểm tra cuối kì. */
    FINAL,
    /** Kiểm tra bù. */
    MAKEUP,
    /** Kiểm tra lại. */
    RETEST;

    /** Every kind but a regular assessment is sat in person unless force majeure applies. */
    public boolean inPersonByDefault() {
        return this != REGULAR;
    }
}
