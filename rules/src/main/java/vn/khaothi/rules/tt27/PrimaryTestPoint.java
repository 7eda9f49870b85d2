package vn.khaothi.rules.tt27;

/** The four points of a primary school year at which periodic assessment happens (TT27). */
public enum PrimaryTestPoint {
    /** Giữa học kì I. */
    MIDTERM_1,
    /** Cuối học kì I. */
    END_OF_SEMESTER_1,
    /** Giữa học kì II. */
    MIDTERM_2,
    /** Cuối năm học. */
    END_OF_YEAR;

    public boolean isMidterm() {
        return this == MIDTERM_1 || this == MIDTERM_2;
    }
}
