package vn.khaothi.engine.domain.sitting;

/**
 * Where a sitting stands in time. A sitting keeps no status of its own: its phase follows from its
 * window and the clock, so it cannot disagree with the window and no job has to move it.
 * <pre>
 * NOT_OPEN ──opensAt──▶ OPEN ──closesAt──▶ CLOSED
 * </pre>
 * A student starts only while OPEN; an attempt started in time runs to its own deadline, which a
 * proctor may extend past the close only with an explicit override.
 */
public enum SittingPhase {
    /** Before {@code opensAt} (chưa mở). */
    NOT_OPEN,
    /** From {@code opensAt} (inclusive) to {@code closesAt} (exclusive) (đang mở). */
    OPEN,
    /** From {@code closesAt} on (đã đóng). */
    CLOSED
}
