package vn.khaothi.engine.domain.marking;

/**
 * A marking command the item's state, the marker or the input does not allow; nothing changed.
 * {@code code} is the API's error code, {@code field} the input field at fault (or null).
 */
public final class MarkingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final MarkingStatus status;
    private final String field;

    public MarkingRefused(String code, MarkingStatus status, String field, String message) {
        super(message);
        this.code = code;
        this.status = status;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public MarkingStatus status() {
        return status;
    }

    public String field() {
        return field;
    }
}
