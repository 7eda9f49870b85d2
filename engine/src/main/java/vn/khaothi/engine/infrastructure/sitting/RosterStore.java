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
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.RosterLine;

/**
 * The attempt rows of sittings as their roster sees them, by plain JDBC: who sits which version,
 * admission, the monitor's roster lines, and the recovery queries (a stored step, unscored
 * submits). The attempt's state machine itself is loaded and saved by {@code AttemptStore}; the
 * step log is written by the {@code AnswerJournal} alone. Times are UTC.
 */
public final class RosterStore {

    private static final String ATTEMPT_COLUMNS = "a.id, a.sitting_id, a.student_id, acc.username, st.full_name,"
            + " a.paper_version_id, a.version_code, a.status, a.admitted_at";
    /** An attempt with its student and the student's account ({@link MarkStore} reads through it too). */
    static final String ATTEMPT_FROM = " FROM attempt a JOIN student st ON st.id = a.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final DataSource dataSource;

    public RosterStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public Optional<AttemptRef> attempt(long attemptId) {
        try {
            return oneAttempt(" WHERE a.id = ?", attemptId, null);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    public Optional<AttemptRef> attemptOf(long sittingId, String studentUsername) {
        try {
            return oneAttempt(" WHERE a.sitting_id = ? AND acc.username = ?", sittingId, studentUsername);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    private Optional<AttemptRef> oneAttempt(String where, long id, String username) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + ATTEMPT_COLUMNS + ATTEMPT_FROM + where)) {
            s.setLong(1, id);
            if (username != null) {
                s.setString(2, username);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long version = rs.getLong(6);
                Long versionId = rs.wasNull() ? null : version;
                return Optional.of(new AttemptRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), versionId, rs.getString(7), rs.getString(8), instant(rs, 9)));
            }
        }
    }

    /** Admission: the first ADMIT counts, a repeat changes nothing. */
    public void admit(long attemptId, Instant at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE attempt SET admitted_at = COALESCE(admitted_at, ?) WHERE id = ?")) {
            s.setObject(1, utc(at));
            s.setLong(2, attemptId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** The roster of a sitting, or of one attempt of it when {@code attemptId} is not null. */
    public List<RosterLine> roster(long sittingId, Long attemptId) {
        try {
            String sql = "SELECT a.id, acc.username, st.full_name, a.status, a.deadline, a.remaining_ms, a.duration_ms,"
                    + " a.extension_ms,"
                    + " (SELECT COUNT(DISTINCT s.item_id) FROM attempt_step s WHERE s.attempt_id = a.id),"
                    + " (SELECT COUNT(*) FROM attempt_event e WHERE e.attempt_id = a.id AND e.severity <> 'INFO'),"
                    + " a.admitted_at IS NOT NULL"
                    + ATTEMPT_FROM + " WHERE a.sitting_id = ?" + (attemptId == null ? "" : " AND a.id = ?") + " ORDER BY st.code";
            List<RosterLine> lines = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, sittingId);
                if (attemptId != null) {
                    s.setLong(2, attemptId);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long remaining = rs.getLong(6);
                        Long remainingMs = rs.wasNull() ? null : remaining;
                        lines.add(new RosterLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                instant(rs, 5), remainingMs, rs.getLong(7), rs.getLong(8), rs.getInt(9), rs.getInt(10),
                                rs.getBoolean(11)));
                    }
                }
            }
            return lines;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Has this exact step been stored (a resend after the deadline is acknowledged, not refused)? */
    public boolean stepStored(long attemptId, long itemId, long seq) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM attempt_step WHERE attempt_id = ? AND item_id = ? AND seq = ?")) {
            s.setLong(1, attemptId);
            s.setLong(2, itemId);
            s.setLong(3, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Submitted attempts that were never scored (a node stopped between the submit and the scoring). */
    public List<Long> unscoredSubmitted(int limit) {
        try {
            List<Long> ids = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT a.id FROM attempt a WHERE a.status = 'SUBMITTED' AND NOT EXISTS"
                            + " (SELECT 1 FROM attempt_item_score x WHERE x.attempt_id = a.id) ORDER BY a.id LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
