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
 * The proctor's actions on a sitting (table {@code proctor_action}, V2026_12_03_65) for the attempt
 * report (issue 17, point 11): MESSAGE (to one student or, without an attempt, to the room), PAUSE,
 * RESUME, TERMINATE, ADMIT, with who and when. EXTEND is in {@link ExtensionLog}. Append-only.
 */
public final class ProctorActionLog {

    /** One action; {@code attemptId} null for a message to the whole room. */
    public record Action(long sittingId, Long attemptId, String action, String text, String by, Instant at) {
    }

    private final DataSource dataSource;

    public ProctorActionLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public void record(Action a) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO proctor_action (sitting_id, attempt_id, action, text, acted_by, acted_at)"
                        + " VALUES (?, ?, ?, ?, (SELECT id FROM account WHERE username = ?), ?)")) {
            s.setLong(1, a.sittingId());
            s.setObject(2, a.attemptId());
            s.setString(3, a.action());
            s.setString(4, a.text() == null ? null : a.text().length() > 2000 ? a.text().substring(0, 2000) : a.text());
            s.setString(5, a.by());
            s.setObject(6, LocalDateTime.ofInstant(a.at(), ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** The actions on this attempt and the room's messages of its sitting, oldest first. */
    public List<Action> of(long sittingId, long attemptId) {
        try {
            List<Action> list = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT p.attempt_id, p.action, p.text, a.username, p.acted_at FROM proctor_action p"
                            + " LEFT JOIN account a ON a.id = p.acted_by"
                            + " WHERE p.attempt_id = ? OR (p.sitting_id = ? AND p.attempt_id IS NULL) ORDER BY p.id")) {
                s.setLong(1, attemptId);
                s.setLong(2, sittingId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long attempt = rs.getLong(1);
                        list.add(new Action(sittingId, rs.wasNull() ? null : attempt, rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
            return list;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
