package vn.khaothi.engine.infrastructure.sitting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import vn.khaothi.engine.infrastructure.jdbc.SqlTimes;

/** The sitting stores' reading and writing of {@code DATETIME} columns (UTC), by {@link SqlTimes}. */
final class Times {

    private Times() {
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return SqlTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    static LocalDateTime utc(Instant instant) {
        return SqlTimes.toDb(instant);
    }
}
