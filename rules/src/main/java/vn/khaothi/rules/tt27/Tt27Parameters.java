package vn.khaothi.rules.tt27;

/**
 * The TT27 values that regulations.md marks <b>(verify)</b>, kept out of the DRL; sources in
 * docs/regulations-mapping.md.
 *
 * @param otherTestedSubjectsFromGrade first grade in which subjects other than Vietnamese and
 *                                     Mathematics take end-of-term tests
 * @param midtermTestsFromGrade        first grade that also takes midterm tests (grades 4–5), or
 *                                     0 when no grade does
 */
public record Tt27Parameters(int otherTestedSubjectsFromGrade, int midtermTestsFromGrade) {

    /** The values of regulations.md for TT 27/2020 (school year 2020–2021 on). */
    public static Tt27Parameters tt27of2020() {
        return new Tt27Parameters(4, 4);
    }

    public boolean midtermTestsApply() {
        return midtermTestsFromGrade > 0;
    }
}
