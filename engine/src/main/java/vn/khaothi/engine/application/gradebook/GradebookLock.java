package vn.khaothi.engine.application.gradebook;

/**
 * A class's semester locked (chốt sổ). {@code alreadyLocked} when it was locked before this call:
 * then only {@code lockedBy} is known (the one who locked it), and {@code onBehalfOf} and
 * {@code signature} are null and not shown.
 *
 * @param onBehalfOf the principal a deputy acted for, or null
 * @param signature  the decision's signature line
 */
public record GradebookLock(String classCode, int semester, String lockedBy, boolean alreadyLocked, String onBehalfOf,
                            String signature) {
}
