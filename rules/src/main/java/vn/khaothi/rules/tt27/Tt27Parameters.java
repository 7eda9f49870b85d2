package vn.khaothi.rules.tt27;

/**
 * The TT27 values of the periodic-test schedule, kept out of the DRL; sources in
 * docs/regulations-mapping.md.
 *
 * @param otherTestedSubjectsFromGrade    first grade in which History &amp; Geography and Science take
 *                                        end-of-term tests (grade 4: they are taught from grade 4)
 * @param midtermTestsFromGrade           first grade that also takes midterm tests in Vietnamese and
 *                                        Mathematics (grades 4–5), or 0 when no grade does
 * @param languageAndInformaticsFromGrade first grade in which Foreign language 1 and Informatics &amp;
 *                                        Technology take end-of-term tests (grade 3: TT27 Art. 7
 *                                        tests them wherever they are taught, from grade 3)
 */
public record Tt27Parameters(int otherTestedSubjectsFromGrade, int midtermTestsFromGrade,
                             int languageAndInformaticsFromGrade) {

    /**
     * The first version of this record, which started every subject but Vietnamese and Mathematics
     * at {@code otherTestedSubjectsFromGrade}: Foreign language 1 and Informatics &amp; Technology
     * now start at grade 3 as TT27 says.
     */
    public Tt27Parameters(int otherTestedSubjectsFromGrade, int midtermTestsFromGrade) {
        this(otherTestedSubjectsFromGrade, midtermTestsFromGrade, 3);
    }

    /** The values of regulations.md §3 for TT 27/2020 (school year 2020–2021 on). */
    public static Tt27Parameters tt27of2020() {
        return new Tt27Parameters(4, 4, 3);
    }

    public boolean midtermTestsApply() {
        return midtermTestsFromGrade > 0;
    }
}
