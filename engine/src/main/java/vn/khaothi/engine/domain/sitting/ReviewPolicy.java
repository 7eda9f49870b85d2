package vn.khaothi.engine.domain.sitting;

import java.time.Instant;

/**
 * When a student may see their own results and the key (xem lại bài): after their own submit,
 * only once the sitting has closed for everyone (so no answer leaks to a classmate still writing),
 * or never.
 */
public enum ReviewPolicy {
    AFTER_SUBMIT,
    AFTER_CLOSE,
    NEVER;

    /** The request's code; none means {@link #AFTER_SUBMIT}; anything else is refused on {@code reviewPolicy}. */
    public static ReviewPolicy parse(String code) {
        if (code == null) {
            return AFTER_SUBMIT;
        }
        for (ReviewPolicy policy : values()) {
            if (policy.name().equals(code)) {
                return policy;
            }
        }
        throw InvalidSitting.field("reviewPolicy", "reviewPolicy is AFTER_SUBMIT, AFTER_CLOSE or NEVER");
    }

    /**
     * Whether a student sees the results of their attempt now.
     *
     * @param attemptClosed the attempt is submitted or graded (an open attempt never shows results)
     * @param closesAt      the sitting's close
     */
    public boolean showsResults(boolean attemptClosed, Instant closesAt, Instant now) {
        return switch (this) {
            case AFTER_SUBMIT -> attemptClosed;
            case AFTER_CLOSE -> attemptClosed && !now.isBefore(closesAt);
            case NEVER -> false;
        };
    }
}
