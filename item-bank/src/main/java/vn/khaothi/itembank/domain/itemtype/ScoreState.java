package vn.khaothi.itembank.domain.itemtype;

/** The outcome of scoring one response, as Moodle's question states (gradedright, gradedpartial …). */
public enum ScoreState {
    CORRECT, PARTIAL, WRONG, UNANSWERED,
    /** A teacher must grade it (essays); the points are 0 until then. */
    NEEDS_GRADING
}
