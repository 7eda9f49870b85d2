package vn.khaothi.engine.infrastructure.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** How the account tables' native SQL binds an instant. */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * An instant as the JVM's local date-time: what a JDBC {@code Timestamp} used to bind here, so
     * rows written before and after compare alike.
     */
    static LocalDateTime dbTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
