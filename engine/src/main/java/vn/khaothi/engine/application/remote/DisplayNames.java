package vn.khaothi.engine.application.remote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names the remote-assessment pages, notifications and decision record show instead of
 * usernames and codes, read on the caller's connection from the directory and sitting tables.
 * Whatever is missing falls back to the code it would name.
 */
final class DisplayNames {

    /** A sitting as shown to people. */
    record SittingInfo(String id, String title, String mode, Instant opensAt, Instant closesAt, String subjectCode,
                       String classCode) {
    }

    /** A student as shown: full name and current class. */
    record StudentInfo(String username, String fullName, String classCode) {
    }

    private final Connection c;

    DisplayNames(Connection connection) {
        this.c = connection;
    }

    String displayName(String username) throws SQLException {
        return one("SELECT display_name FROM account WHERE username = ?", username).orElse(username);
    }

    String schoolName() throws SQLException {
        return one("SELECT name FROM school ORDER BY id LIMIT 1", null).orElse("");
    }

    /** The subject's name in Vietnamese and English, or the code twice. */
    String[] subjectName(String code) throws SQLException {
        if (code == null) {
            return new String[] {"", ""};
        }
        try (PreparedStatement s = c.prepareStatement("SELECT name_vi, name_en FROM subject WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[] {code, code};
            }
        }
    }

    StudentInfo student(String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT st.full_name, (SELECT sc.code FROM enrolment e"
                + " JOIN school_class sc ON sc.id = e.class_id JOIN school_year y ON y.id = sc.school_year_id"
                + " WHERE e.student_id = st.id ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1)"
                + " FROM student st JOIN account a ON a.id = st.account_id WHERE a.username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new StudentInfo(username, rs.getString(1), rs.getString(2))
                        : new StudentInfo(username, displayName(username), null);
            }
        }
    }

    Optional<SittingInfo> sitting(String sittingId) throws SQLException {
        long id;
        try {
            id = Long.parseLong(sittingId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        try (PreparedStatement s = c.prepareStatement("SELECT s.title, s.mode, s.opens_at, s.closes_at, s.subject_code,"
                + " sc.code FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id WHERE s.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SittingInfo(sittingId, rs.getString(1), rs.getString(2),
                        utc(rs.getObject(3, LocalDateTime.class)), utc(rs.getObject(4, LocalDateTime.class)),
                        rs.getString(5), rs.getString(6)));
            }
        }
    }

    /** Who may decide at this instant: active principals, and deputies under a current delegation. */
    List<String> deciders(Instant at) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.active AND r.role = 'PRINCIPAL'"
                + " UNION SELECT d.deputy_id FROM delegation d WHERE d.scope = 'REMOTE_ASSESSMENT'"
                + " AND d.valid_from <= ? AND d.valid_until > ?")) {
            LocalDateTime when = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
            s.setObject(1, when);
            s.setObject(2, when);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** The usernames of the sitting's proctors. */
    List<String> proctors(String sittingId) throws SQLException {
        List<String> found = new ArrayList<>();
        long id;
        try {
            id = Long.parseLong(sittingId);
        } catch (NumberFormatException e) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT a.username FROM sitting_proctor p"
                + " JOIN account a ON a.id = p.account_id WHERE p.sitting_id = ? ORDER BY a.username")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private Optional<String> one(String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
