package vn.khaothi.engine.application.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.jdbc.SqlTimes;

/**
 * The in-app notifications of table {@code notification}: written by {@link DecisionNotifications}
 * inside a decision's transaction, read and marked read here by their recipient only.
 */
public final class Notifications {

    /** A person sees their latest notifications; older ones stay in the table. */
    public static final int MAX_LISTED = 50;

    private final DataSource dataSource;
    private final Clock clock;

    public Notifications(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Notifications(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Writes one notification on the caller's connection (and transaction). */
    static void insert(Connection c, String recipient, String kind, String subjectId, String titleVi, String titleEn,
                       String bodyVi, String bodyEn, String link, Instant at) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO notification (recipient, kind, subject_id,"
                + " title_vi, title_en, body_vi, body_en, link, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, recipient);
            insert.setString(2, kind);
            insert.setString(3, subjectId);
            insert.setString(4, cut(titleVi, 300));
            insert.setString(5, cut(titleEn, 300));
            insert.setString(6, cut(bodyVi, 2000));
            insert.setString(7, cut(bodyEn, 2000));
            insert.setString(8, link);
            insert.setObject(9, SqlTimes.toDb(at.truncatedTo(ChronoUnit.MILLIS)));
            insert.executeUpdate();
        }
    }

    /** The recipient's latest notifications, newest first. */
    public List<Notification> of(String recipient) {
        List<Notification> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, recipient, kind, subject_id, title_vi, title_en,"
                     + " body_vi, body_en, link, created_at, read_at FROM notification WHERE recipient = ?"
                     + " ORDER BY created_at DESC, id DESC LIMIT " + MAX_LISTED)) {
            select.setString(1, recipient);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime read = rs.getObject(11, LocalDateTime.class);
                    found.add(new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            SqlTimes.fromDb(rs.getObject(10, LocalDateTime.class)),
                            read == null ? null : SqlTimes.fromDb(read)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read notifications: " + e.getMessage(), e);
        }
        return found;
    }

    /** How many of the recipient's notifications are unread. */
    public int unread(String recipient) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL")) {
            select.setString(1, recipient);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count notifications: " + e.getMessage(), e);
        }
    }

    /** Marks one of the recipient's own notifications read; false when they have none with that id. */
    public boolean markRead(String recipient, long id) {
        return update("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE recipient = ? AND id = ?", recipient, id) > 0;
    }

    /** Marks all the recipient's notifications read; returns how many changed. */
    public int markAllRead(String recipient) {
        return update("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL", recipient, null);
    }

    private int update(String sql, String recipient, Long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, SqlTimes.toDb(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            update.setString(2, recipient);
            if (id != null) {
                update.setLong(3, id);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not mark notifications read: " + e.getMessage(), e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
