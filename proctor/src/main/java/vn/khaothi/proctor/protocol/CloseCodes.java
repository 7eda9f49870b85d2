package vn.khaothi.proctor.protocol;

/** WebSocket close codes of the attempt and monitor sockets (api-contract.md). */
public final class CloseCodes {

    /** No valid {@code hello} within 5 s. */
    public static final int NOT_AUTHENTICATED = 4401;
    /** The attempt belongs to someone else. */
    public static final int NOT_YOURS = 4403;
    /** Replaced by a newer connection of the same attempt (a second device). */
    public static final int REPLACED = 4409;
    /** The attempt is already closed. */
    public static final int ATTEMPT_CLOSED = 4410;

    private CloseCodes() {
    }
}
