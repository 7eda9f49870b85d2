package vn.khaothi.engine.infrastructure.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;

/**
 * Every EXTEND (cộng giờ) a proctor gave (table {@code attempt_extension}, V2026_12_03_21), for the
 * attempt report: who, when, asked and granted, capped at the sitting's close or overriding it.
 * Append-only.
 */
public final class ExtensionLog {

    /** One extension as the report shows it. */
    public record Extension(long attemptId, int requestedMinutes, long grantedMs, boolean capped, boolean overrideClose,
                            Instant deadlineAfter, String by, Instant at) {
    }

    private final DataSource dataSource;

    public ExtensionLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public void record(Extension e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO attempt_extension (attempt_id, requested_minutes, granted_ms, capped, override_close,"
                        + " deadline_after, extended_by, extended_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM account WHERE username = ?), ?)")) {
            s.setLong(1, e.attemptId());
            s.setInt(2, e.requestedMinutes());
            s.setLong(3, e.grantedMs());
            s.setBoolean(4, e.capped());
            s.setBoolean(5, e.overrideClose());
            s.setObject(6, e.deadlineAfter() == null ? null : LocalDateTime.ofInstant(e.deadlineAfter(), ZoneOffset.UTC));
            s.setString(7, e.by());
            s.setObject(8, LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException failure) {
            throw StorageFailure.of(failure);
        }
    }

    public List<Extension> of(long attemptId) {
        try {
            List<Extension> list = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT x.requested_minutes, x.granted_ms, x.capped, x.override_close, x.deadline_after, a.username,"
                            + " x.extended_at FROM attempt_extension x LEFT JOIN account a ON a.id = x.extended_by"
                            + " WHERE x.attempt_id = ? ORDER BY x.id")) {
                s.setLong(1, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDateTime deadline = rs.getObject(5, LocalDateTime.class);
                        list.add(new Extension(attemptId, rs.getInt(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4),
                                deadline == null ? null : deadline.toInstant(ZoneOffset.UTC), rs.getString(6),
                                rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
            return list;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
