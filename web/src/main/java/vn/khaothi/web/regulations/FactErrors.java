package vn.khaothi.web.regulations;

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

    static ApiException invalid(String field, String code, String message) {
        return new ApiException(400, "VALIDATION_FAILED", field + ": " + message,
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
