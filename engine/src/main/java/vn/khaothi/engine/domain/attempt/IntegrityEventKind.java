package vn.khaothi.engine.domain.attempt;

/**
 * What a student's page (or the server) noticed. The client kinds are the contract's
 * {@code event.kind}; SECOND_DEVICE is raised by the server when a newer connection replaces an
 * older one (close code 4409).
 */
public enum IntegrityEventKind {
    FOCUS_LOST,
    FOCUS_BACK,
    VISIBILITY_HIDDEN,
    FULLSCREEN_EXIT,
    PASTE,
    COPY,
    CONTEXT_MENU,
    DEVTOOLS,
    NETWORK_OFFLINE,
    SECOND_DEVICE;

    /** True for the kinds a client may send; SECOND_DEVICE only the server records. */
    public boolean sentByClient() {
        return this != SECOND_DEVICE;
    }
}
