package vn.khaothi.web.regulations;

import vn.khaothi.itembank.domain.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.web.error.ApiException;

/**
 * Turns what the rules refuse into the contract's 400: {@code VALIDATION_FAILED} with
 * {@code details: [{field, code, message}]} naming the input exactly as the caller sent it
 * ({@code regular[1]}, {@code midterm}, {@code assessmentKind}).
 */
final class FactErrors {

    private FactErrors() {
    }

    /** Runs a question to the rules; an input they cannot judge becomes a 400 naming it. */
    static <T> T judged(Supplier<T> question) {
        try {
            return question.get();
        } catch (InvalidFactException e) {
            throw invalid(e.field(), e.code(), withoutField(e));
        }
    }

    /** The enum constant named by {@code text} (case-sensitive, as the contract's codes are). */
    static <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "MISSING", "is required");
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "UNKNOWN_VALUE", "must be one of " + names(type) + " but was \""
                    + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"");
        }
    }

    /** As {@link #parse}, but a null or blank value means "none". */
    static <E extends Enum<E>> E parseOptional(String field, String text, Class<E> type) {
        return text == null || text.isBlank() ? null : parse(field, text, type);
    }

    static int required(String field, Integer value) {
        if (value == null) {
            throw invalid(field, "MISSING", "is required");
        }
        return value;
    }

    /** A JSON body is required. */
    static <T> T present(T body) {
        if (body == null) {
            throw new ApiException(Refusal.Kind.INVALID, "VALIDATION_FAILED", "A JSON body is required",
                    List.of(Map.of("field", "body", "code", "MISSING", "message", "is required")));
        }
        return body;
    }

    /** Keeps a rule run small: at most {@code max} values. */
    static <T> List<T> atMost(String field, List<T> values, int max) {
        if (values != null && values.size() > max) {
            throw invalid(field, "TOO_MANY", "at most " + max + " values");
        }
        return values;
    }

    /** A list the rules take as it comes: a hole in it is named here. */
    static <T> List<T> noNulls(String field, List<T> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    throw invalid(field + "[" + i + "]", "MISSING", "is required");
                }
            }
        }
        return values;
    }

    /** A date written YYYY-MM-DD, or null when absent. */
    static java.time.LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field, "FORMAT", "expected a date YYYY-MM-DD");
        }
    }

    /** A month written YYYY-MM. */
    static java.time.YearMonth month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "MISSING", "is required");
        }
        try {
            return java.time.YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(field, "FORMAT", "expected a month YYYY-MM");
        }
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    static ApiException invalid(String field, String code, String message) {
        return new ApiException(Refusal.Kind.INVALID, "VALIDATION_FAILED", field + ": " + message,
                List.of(Map.of("field", field, "code", code, "message", message)));
    }

    private static String withoutField(InvalidFactException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
