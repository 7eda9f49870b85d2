package vn.khaothi.rules.tt22;

/** Where a make-up (kiểm tra bù) of a missed periodic assessment stands. */
public enum MakeUpStatus {
    /** Not organised yet. */
    PENDING,
    /** The student sat the make-up. */
    SAT,
    /** The make-up was organised and the student did not sit it. */
    MISSED
}
