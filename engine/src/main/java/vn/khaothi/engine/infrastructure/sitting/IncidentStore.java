package vn.khaothi.engine.infrastructure.sitting;

import static vn.khaothi.engine.infrastructure.sitting.Times.instant;
import static vn.khaothi.engine.infrastructure.sitting.Times.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.EventLine;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.KindCounts;

/**
 * Integrity events (sự cố) in table {@code attempt_event}, as proctors read and review them. The
 * journal writes the events; a proctor's review is the only change ever made to an event row.
 * Times are UTC.
 */
public final class IncidentStore {

    private final DataSource dataSource;

    public IncidentStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public Optional<Long> eventId(long attemptId, String kind, Instant occurredAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM attempt_event WHERE attempt_id = ? AND kind = ? AND occurred_at = ?")) {
            s.setLong(1, attemptId);
            s.setString(2, kind);
            s.setObject(3, utc(occurredAt));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    public List<EventLine> events(long attemptId) {
        try {
            return eventLines(" WHERE e.attempt_id = ? ORDER BY e.id", attemptId);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    public Optional<EventLine> event(long eventId) {
        try {
            return eventLines(" WHERE e.id = ?", eventId).stream().findFirst();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    private List<EventLine> eventLines(String where, long param) throws SQLException {
        List<EventLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT e.id, e.attempt_id, e.kind, e.severity, e.occurred_at, e.received_at, e.review, r.username,"
                        + " e.reviewed_at FROM attempt_event e LEFT JOIN account r ON r.id = e.reviewed_by" + where)) {
            s.setLong(1, param);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(new EventLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                            instant(rs, 6), rs.getString(7), rs.getString(8), instant(rs, 9)));
                }
            }
        }
        return lines;
    }

    /** Records a proctor's review of an incident (the only change ever made to an event row). */
    public void review(long eventId, String review, long reviewer, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE attempt_event SET review = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?")) {
            s.setString(1, review);
            s.setLong(2, reviewer);
            s.setObject(3, utc(at));
            s.setLong(4, eventId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Incidents (severity above INFO) per kind, of one sitting or (sittingId null) of the whole school. */
    public List<KindCounts> incidentCounts(Long sittingId) {
        try {
            String sql = "SELECT e.kind, COUNT(*), SUM(e.review = 'CONFIRMED'), SUM(e.review = 'DISMISSED')"
                    + " FROM attempt_event e JOIN attempt a ON a.id = e.attempt_id WHERE e.severity <> 'INFO'"
                    + (sittingId == null ? "" : " AND a.sitting_id = ?") + " GROUP BY e.kind ORDER BY e.kind";
            List<KindCounts> counts = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                if (sittingId != null) {
                    s.setLong(1, sittingId);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new KindCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
