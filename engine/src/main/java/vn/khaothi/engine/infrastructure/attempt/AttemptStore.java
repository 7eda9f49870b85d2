package vn.khaothi.engine.infrastructure.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;
import vn.khaothi.engine.domain.attempt.AttemptRepository;
import vn.khaothi.engine.domain.attempt.AttemptSnapshot;
import vn.khaothi.engine.domain.attempt.AttemptStatus;
import vn.khaothi.engine.domain.attempt.SubmitReason;

/**
 * The {@link AttemptRepository} by plain JDBC: an attempt's state is one {@code attempt} row, its
 * version the row's {@code row_version}. Reads and saves use the caller's transaction when there is
 * one (the pool hands out the enlisted connection) and auto-commit otherwise: the start spike's path.
 */
public final class AttemptStore implements AttemptRepository {

    static final String SELECT = "SELECT id, status, duration_ms, extension_ms, started_at, deadline, paused_at,"
            + " remaining_ms, submitted_at, submit_reason, termination_note, score, row_version FROM attempt WHERE id = ?";
    static final String UPDATE = "UPDATE attempt SET status = ?, extension_ms = ?, started_at = ?, deadline = ?,"
            + " paused_at = ?, remaining_ms = ?, submitted_at = ?, submit_reason = ?, termination_note = ?, score = ?,"
            + " row_version = row_version + 1 WHERE id = ? AND row_version = ?";
    static final String EXPIRED = "SELECT id FROM attempt WHERE status = 'IN_PROGRESS' AND deadline <= ?"
            + " ORDER BY deadline LIMIT ?";

    private final DataSource dataSource;

    public AttemptStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<Stored> load(long attemptId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, attemptId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String reason = rs.getString(10);
                Long remaining = (Long) rs.getObject(8, Long.class);
                AttemptSnapshot snapshot = new AttemptSnapshot(rs.getLong(1), AttemptStatus.valueOf(rs.getString(2)),
                        Duration.ofMillis(rs.getLong(3)), Duration.ofMillis(rs.getLong(4)), instant(rs, 5), instant(rs, 6),
                        instant(rs, 7), remaining == null ? null : Duration.ofMillis(remaining), instant(rs, 9),
                        reason == null ? null : SubmitReason.valueOf(reason), rs.getString(11), rs.getBigDecimal(12));
                return Optional.of(new Stored(snapshot, rs.getInt(13)));
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Saves the state over the row read at {@code version}; answers the new version. */
    @Override
    public int save(AttemptSnapshot a, int version) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(UPDATE)) {
            s.setString(1, a.status().name());
            s.setLong(2, a.extensions().toMillis());
            setInstant(s, 3, a.startedAt());
            setInstant(s, 4, a.deadline());
            setInstant(s, 5, a.pausedAt());
            if (a.remaining() == null) {
                s.setNull(6, Types.BIGINT);
            } else {
                s.setLong(6, a.remaining().toMillis());
            }
            setInstant(s, 7, a.submittedAt());
            s.setString(8, a.submitReason() == null ? null : a.submitReason().name());
            s.setString(9, a.terminationNote());
            s.setBigDecimal(10, a.score() == null ? null : a.score().setScale(2, java.math.RoundingMode.HALF_UP));
            s.setLong(11, a.id());
            s.setInt(12, version);
            if (s.executeUpdate() != 1) {
                throw new ConcurrentAttemptChange(a.id(), version);
            }
            return version + 1;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Running attempts whose deadline is at or before {@code now}, earliest first: the auto-submit sweep. */
    @Override
    public List<Long> expiredRunning(Instant now, int limit) {
        try {
            List<Long> ids = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(EXPIRED)) {
                setInstant(s, 1, now);
                s.setInt(2, limit);
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

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }
}
