package vn.khaothi.itembank.domain;

/**
 * A refused request (yêu cầu bị từ chối); nothing has been changed when it is thrown. Every
 * refusal of the item bank, the engine and web says the same four things, so web answers all of
 * them with one mapper: its kind (web's mapper alone turns a kind into an HTTP status), a stable
 * code the pages translate
 * ({@code assets/messages.js}), a message, and the details (fields, problems with their codes and
 * parameters, shortages) or null.
 *
 * <p>It is an interface, not a base class, because some refusals keep the JDK type that callers
 * catch ({@code SecurityException}, {@code IllegalStateException}); it lives in item-bank because
 * that is the lowest module both the engine and web depend on.
 */
public interface Refusal {

    /** What kind of refusal it is; the domain says this, not an HTTP status. */
    enum Kind {
        /** The request's values are wrong (a field, a format). */
        INVALID,
        /** Nobody is signed in. */
        UNAUTHENTICATED,
        /** The signed-in person may not do this. */
        FORBIDDEN,
        NOT_FOUND,
        /** The request clashes with the current state (a transition, a stale write, a duplicate). */
        CONFLICT,
        /** The upload is larger than the limit. */
        TOO_LARGE,
        /** Well-formed but cannot be done (a blueprint the bank cannot meet, an import with problems). */
        UNPROCESSABLE,
        /** Too many attempts in a short time (sign-in). */
        TOO_MANY_REQUESTS
    }

    Kind kind();

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
