package vn.khaothi.rules.tt27;

/** The four points of a primary school year at which periodic assessment happens (TT27). */
public enum PrimaryTestPoint {
    /** Giữa học kì I. */
    MIDTERM_1("giữa học kì I", "mid-semester I"),
    /** Cuối học kì I. */
    END_OF_SEMESTER_1("cuối học kì I", "end of semester I"),
    /** Giữa học kì II. */
    MIDTERM_2("giữa học kì II", "mid-semester II"),
    /** Cuối năm học. */
    END_OF_YEAR("cuối năm học", "end of year");

    private final String vi;
    private final String en;

    PrimaryTestPoint(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** The label used in the reasons that rules give. */
    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    public boolean isMidterm() {
        return this == MIDTERM_1 || this == MIDTERM_2;
    }
}
