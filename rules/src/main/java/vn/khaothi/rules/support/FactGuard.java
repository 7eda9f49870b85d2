package vn.khaothi.rules.support;

import java.util.List;

import vn.khaothi.rules.InvalidFactException;

/**
 * Shape checks on facade inputs that come before any rule (a rule cannot reason about a value
 * that is not there). Scale checks of scores are rules themselves (scores.drl), not these.
 */
public final class FactGuard {

    private FactGuard() {
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidFactException(field, "MISSING", "is required");
        }
        return value;
    }

    public static <T> List<T> nonEmpty(String field, List<T> values) {
        present(field, values);
        if (values.isEmpty()) {
            throw new InvalidFactException(field, "MISSING", "needs at least one value");
        }
        for (int i = 0; i < values.size(); i++) {
            present(field + "[" + i + "]", values.get(i));
        }
        return values;
    }

    public static int atLeast(String field, int value, int min) {
        if (value < min) {
            throw new InvalidFactException(field, "OUT_OF_RANGE", "must be at least " + min + " but was " + value);
        }
        return value;
    }

    public static int between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidFactException(field, "OUT_OF_RANGE",
                    "must be from " + min + " to " + max + " but was " + value);
        }
        return value;
    }
}
