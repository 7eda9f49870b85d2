package vn.khaothi.engine.domain.attempt;

/**
 * What appending an answer step did. All three are acknowledged to the client (the answer is
 * durable, so it must stop resending it); only CURRENT changes the item's answer.
 */
public enum StepOutcome {
    /** Stored, and now the item's current answer (the highest seq so far). */
    CURRENT,
    /**
     * Stored in the log as history but not current: a newer answer (higher seq) for the item is
     * already stored. An out-of-order delivery never overwrites the newer answer.
     */
    SUPERSEDED,
    /** The same (item, seq) is already stored: nothing stored again (the first copy stays). */
    DUPLICATE
}
