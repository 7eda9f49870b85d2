package vn.khaothi.rules.tt22;

/** Year-end titles of TT22 Art. 15. */
public enum AwardTitle {
    /** Học sinh Xuất sắc. */
    OUTSTANDING,
    /** Học sinh Giỏi. */
    EXCELLENT,
    /** No title. */
    NONE
}
