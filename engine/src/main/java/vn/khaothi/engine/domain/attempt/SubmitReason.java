package vn.khaothi.engine.domain.attempt;

/** Why an attempt was submitted (the contract's {@code submitted.reason}). */
public enum SubmitReason {
    /** The student pressed "Nộp bài" before the deadline. */
    STUDENT,
    /** The server clock passed the deadline (auto-submit, with or without a connected client). */
    TIME_UP,
    /** A proctor terminated the attempt (TERMINATE). */
    PROCTOR
}
