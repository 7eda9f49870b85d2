package vn.khaothi.engine.application.sheet;

/**
 * One bubble of the sheet, in PDF points from the page's top-left corner (api-contract.md "Paper tests").
 *
 * @param field     STUDENT_NUMBER, VERSION_CODE or ANSWER
 * @param question  the number printed on the sheet (ANSWER only)
 * @param statement a–d for a true/false statement (ANSWER of a cluster only)
 * @param position  1…n: the digit column of a short answer, the student number or the version code
 * @param value     A–D; T/F for a statement; a digit, "-" or "," for a column
 */
public record SheetBubble(String field, Integer question, String statement, Integer position, String value,
        double x, double y, double r) {

    public static final String STUDENT_NUMBER = "STUDENT_NUMBER";
    public static final String VERSION_CODE = "VERSION_CODE";
    public static final String ANSWER = "ANSWER";
}
