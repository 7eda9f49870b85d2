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
}
