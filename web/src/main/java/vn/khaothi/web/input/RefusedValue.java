package vn.khaothi.web.input;

/**
 * A value in a request body that JSON-B could read but that no field may hold (a whole number past
 * its type's range, a time in the year 99999). Thrown from {@link StrictJsonb}'s deserializers; JSON-B
 * wraps it, and the error mapper finds it in the causes and answers 400 with this message.
 */
public class RefusedValue extends RuntimeException {

    public RefusedValue(String message) {
        super(message, null, false, false);
    }
}
