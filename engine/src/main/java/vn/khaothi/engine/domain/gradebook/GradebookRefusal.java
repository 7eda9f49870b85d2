package vn.khaothi.engine.domain.gradebook;

import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.Refusal;

/**
 * A gradebook refusal; nothing was stored. The code is the API's error code
 * ({@code SCORE_INVALID}, {@code FORBIDDEN}, {@code GRADEBOOK_LOCKED}, {@code STALE_WRITE},
 * {@code NOT_FOUND}, {@code VALIDATION_FAILED}, {@code NOT_GRADED}, {@code IMPORT_INVALID},
 * {@code CONFLICT}); the message is in Vietnamese (the users' language) and {@code details} says
 * which field or which rows.
 */
public class GradebookRefusal extends RuntimeException implements Refusal {

    private final String code;
    private final Kind kind;
    private final transient Object details;

    public GradebookRefusal(Kind kind, String code, String message, Object details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = details;
    }

    public static GradebookRefusal invalidScore(String field, String message, List<String> citations) {
        return new GradebookRefusal(Kind.INVALID, "SCORE_INVALID", message,
                Map.of("field", field, "message", message, "citations", citations));
    }

    public static GradebookRefusal invalid(String field, String message) {
        return new GradebookRefusal(Kind.INVALID, "VALIDATION_FAILED", message, List.of(Map.of("field", field, "message", message)));
    }

    public static GradebookRefusal forbidden(String message) {
        return new GradebookRefusal(Kind.FORBIDDEN, "FORBIDDEN", message, null);
    }

    public static GradebookRefusal notFound(String message) {
        return new GradebookRefusal(Kind.NOT_FOUND, "NOT_FOUND", message, null);
    }

    public static GradebookRefusal conflict(String code, String message, Object details) {
        return new GradebookRefusal(Kind.CONFLICT, code, message, details);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public Object details() {
        return details;
    }
}
