package vn.khaothi.itembank.domain;

/**
 * A refused request (yêu cầu bị từ chối); nothing has been changed when it is thrown. Every
 * refusal of the item bank, the engine and web says the same four things, so web answers all of
 * them with one mapper: the HTTP status its kind names, a stable code the pages translate
 * ({@code assets/messages.js}), a message, and the details (fields, problems with their codes and
 * parameters, shortages) or null.
 *
 * <p>It is an interface, not a base class, because some refusals keep the JDK type that callers
 * catch ({@code SecurityException}, {@code IllegalStateException}); it lives in item-bank because
 * that is the lowest module both the engine and web depend on.
 */
public interface Refusal {

    /** The HTTP status: 400 invalid, 403 forbidden, 404 not found, 409 conflict, 422 unprocessable. */
    int status();

    /** The body's {@code error}: a stable code such as {@code VALIDATION_FAILED} or {@code NOT_FOUND}. */
    String code();

    /** Implemented by {@link Throwable}. */
    String getMessage();

    /** The body's {@code message}: the exception's own unless the refusal says it better. */
    default String message() {
        return getMessage();
    }

    /** The body's {@code details}, or null. */
    default Object details() {
        return null;
    }
}
