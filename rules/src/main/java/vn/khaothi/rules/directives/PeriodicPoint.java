package vn.khaothi.rules.directives;

/** The four periodic papers of a school year the directives name (GK1, CK1, GK2, CK2). */
public enum PeriodicPoint {
    /** Giữa học kì I. */
    MIDTERM_1("GK1", "giữa học kì I", "midterm I"),
    /** Cuối học kì I. */
    END_OF_SEMESTER_1("CK1", "cuối học kì I", "end of semester I"),
    /** Giữa học kì II. */
    MIDTERM_2("GK2", "giữa học kì II", "midterm II"),
    /** Cuối học kì II. */
    END_OF_SEMESTER_2("CK2", "cuối học kì II", "end of semester II");

    private final String code;
    private final String vi;
    private final String en;

    PeriodicPoint(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /**
     * The point of a midterm ({@code midterm}) or end-of-semester test in semester 1 or 2.
     *
     * @throws IllegalArgumentException for a semester other than 1 or 2
     */
    public static PeriodicPoint of(boolean midterm, int semester) {
        return switch (semester) {
            case 1 -> midterm ? MIDTERM_1 : END_OF_SEMESTER_1;
            case 2 -> midterm ? MIDTERM_2 : END_OF_SEMESTER_2;
            default -> throw new IllegalArgumentException("semester " + semester);
        };
    }

    /** GK1, CK1, GK2, CK2 as schools write them. */
    public String code() {
        return code;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }
}
