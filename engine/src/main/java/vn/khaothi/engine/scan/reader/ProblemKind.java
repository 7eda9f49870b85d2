package vn.khaothi.engine.scan.reader;

/**
 * What the reader could not decide on its own (api-contract.md "Paper tests"). Every kind but BLANK sends the
 * sheet to review: a mark the reader is not sure of is never turned into an answer.
 */
public enum ProblemKind {
    /** Two or more bubbles of one answer are filled. */
    DOUBLE_MARK,
    /** Nothing is marked: the answer is null (informational, does not block). */
    BLANK,
    /** A bubble is neither clearly filled nor clearly empty (a light, partial, erased or crossed-out mark). */
    UNCLEAR,
    /** The student number is missing, unreadable or not one of the sitting's students. */
    UNKNOWN_STUDENT,
    /** The version code is unreadable, not one of the paper's, or the sheet belongs to another paper. */
    UNKNOWN_VERSION,
    /** No answer sheet was found on the page. */
    NOT_A_SHEET;

    public boolean blocks() {
        return this != BLANK;
    }
}
