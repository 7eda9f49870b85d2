package vn.khaothi.engine.domain.marking;

/**
 * Where the marking (chấm bài) of one manually marked item of one attempt stands.
 *
 * <pre>
 *  AWAITING_FIRST ──mark──▶ FINAL                       (single marking)
 *  AWAITING_FIRST ──mark──▶ AWAITING_SECOND ──mark by another marker──▶ FINAL      (|a − b| ≤ threshold: the mean)
 *                                            └─────────────────────────▶ DISPUTED  (|a − b| > threshold)
 *  DISPUTED ──third mark (a third marker)──▶ FINAL (the third mark)
 *  DISPUTED ──decision (the department head)──▶ FINAL (the head's mark, with a reason)
 * </pre>
 */
public enum MarkingStatus {
    AWAITING_FIRST,
    AWAITING_SECOND,
    DISPUTED,
    FINAL;

    public boolean isFinal() {
        return this == FINAL;
    }
}
