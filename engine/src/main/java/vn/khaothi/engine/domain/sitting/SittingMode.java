package vn.khaothi.engine.domain.sitting;

/** How a sitting (buổi kiểm tra) is taken: online (trực tuyến), or in the room (trực tiếp). */
public enum SittingMode {
    ONLINE,
    IN_PERSON;

    /** The request's code; anything else (or nothing) is refused on the field {@code mode}. */
    public static SittingMode parse(String code) {
        for (SittingMode mode : values()) {
            if (mode.name().equals(code)) {
                return mode;
            }
        }
        throw InvalidSitting.field("mode", "mode is ONLINE or IN_PERSON");
    }
}
