package vn.khaothi.rules;

/**
 * Thrown when an input cannot be judged by the regulations: a score outside the scale, a missing
 * part, a negative count. {@link #field()} names the offending input (e.g. {@code "regular[1]"},
 * {@code "midterm"}) so that the REST layer can answer 400 naming the field.
 */
public class InvalidFactException extends IllegalArgumentException {

    private final String field;
    private final String code;

    public InvalidFactException(String field, String code, String message) {
        super(field + ": " + message);
        this.field = field;
        this.code = code;
    }

    /** The input that is wrong, as the caller named it. */
    public String field() {
        return field;
    }

    /** A machine-readable code: {@code MISSING}, {@code OUT_OF_RANGE}, {@code TOO_MANY_DECIMALS}, … */
    public String code() {
        return code;
    }
}
