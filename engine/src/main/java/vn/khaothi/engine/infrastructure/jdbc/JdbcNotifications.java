package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.engine.application.remote.Notification;
import vn.khaothi.engine.application.remote.NotificationStore;

/** Notifications in table {@code notification}, on the transaction's connection. */
final class JdbcNotifications implements NotificationStore {

    private final Connection c;

    JdbcNotifications(Connection connection) {
        this.c = connection;
    }

    @Override
    public void insert(String recipient, String kind, String subjectId, String titleVi, String titleEn,
                       String bodyVi, String bodyEn, String link, Instant at) {
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
        } catch (SQLException e) {
            throw failed("could not store a notification", e);
        }
    }

    @Override
    public List<Notification> of(String recipient, int limit) {
        List<Notification> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, recipient, kind, subject_id, title_vi, title_en,"
                + " body_vi, body_en, link, created_at, read_at FROM notification WHERE recipient = ?"
                + " ORDER BY created_at DESC, id DESC LIMIT " + limit)) {
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
            throw failed("could not read notifications", e);
        }
        return found;
    }

    @Override
    public int unread(String recipient) {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL")) {
            select.setString(1, recipient);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("could not count notifications", e);
        }
    }

    @Override
    public boolean markRead(String recipient, long id, Instant at) {
        return update("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE recipient = ? AND id = ?",
                recipient, id, at) > 0;
    }

    @Override
    public int markAllRead(String recipient, Instant at) {
        return update("UPDATE notification SET read_at = ? WHERE recipient = ? AND read_at IS NULL", recipient, null, at);
    }

    private int update(String sql, String recipient, Long id, Instant at) {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, SqlTimes.toDb(at.truncatedTo(ChronoUnit.MILLIS)));
            update.setString(2, recipient);
            if (id != null) {
                update.setLong(3, id);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not mark notifications read", e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
