package vn.khaothi.engine.domain.attempt;

/**
 * Where an attempt (<i>bài làm</i>) stands. Moves only forward, except IN_PROGRESS ⇄ PAUSED:
 * <pre>
 * NOT_STARTED ──start──▶ IN_PROGRESS ◀──resume── PAUSED
 *      │                  │   └──pause──────────▶ │
 *      │                  ▼                        │
 *      └──terminate──▶ SUBMITTED ◀──terminate──────┘
 *                         │
 *                         ▼ grade
 *                       GRADED
 * </pre>
 */
public enum AttemptStatus {
    NOT_STARTED,
    IN_PROGRESS,
    PAUSED,
    SUBMITTED,
    GRADED;

    /** Closed: no answer, no clock, no proctor command other than grading changes it any more. */
    public boolean isClosed() {
        return this == SUBMITTED || this == GRADED;
    }

    /**
     * Whether the student may see the items (stems, options) now: only once the attempt has
     * started and while it is open. Never before the start — a NOT_STARTED attempt of a sitting
     * that opens next week, or whose online start was refused, shows no question (issue 11, finding 1).
     */
    public boolean showsItemsToStudent() {
        return this == IN_PROGRESS || this == PAUSED;
    }
}
