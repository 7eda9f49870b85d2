package vn.khaothi.engine.domain.marking;

/** Which mark of an item a stored mark was: the first, the second (double marking), the third, or the head's decision. */
public enum MarkRound {
    FIRST,
    SECOND,
    THIRD,
    HEAD_DECISION
}
