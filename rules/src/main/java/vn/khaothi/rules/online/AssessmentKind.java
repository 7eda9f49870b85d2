package vn.khaothi.rules.online;

/** Kinds of assessment as the API names them. */
public enum AssessmentKind {
    /** Đánh giá thường xuyên. */
    REGULAR("Đánh giá thường xuyên", "A regular assessment"),
    /** Kiểm tra giữa kì. */
    MIDTERM("Kiểm tra giữa kì", "A midterm test"),
    /** Kiểm tra cuối kì. */
    FINAL("Kiểm tra cuối kì", "An end-of-term test"),
    /** Kiểm tra bù. */
    MAKEUP("Kiểm tra bù", "A make-up test"),
    /** Kiểm tra lại. */
    RETEST("Kiểm tra lại", "A retest");

    private final String vi;
    private final String en;

    AssessmentKind(String vi, String en) {
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

    /** Every kind but a regular assessment is sat in person at school. */
    public boolean inPersonByDefault() {
        return this != REGULAR;
    }

    /**
     * The periodic assessments (and their make-ups) for which the force-majeure exception exists;
     * a retest has none (TT09 Art. 6 names periodic assessments; seed 002 §2.4.3, seed 004 §3.4.c).
     */
    public boolean periodic() {
        return this == MIDTERM || this == FINAL || this == MAKEUP;
    }
}
