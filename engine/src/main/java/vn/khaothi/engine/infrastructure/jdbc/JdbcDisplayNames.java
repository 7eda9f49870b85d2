package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.application.remote.DisplayNames;
import vn.khaothi.engine.application.remote.RemoteRecords;
import vn.khaothi.engine.domain.remote.Delegation;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * {@link DisplayNames} over the directory and sitting tables, on the transaction's connection.
 */
final class JdbcDisplayNames implements DisplayNames {

    private final Connection c;

    JdbcDisplayNames(Connection connection) {
        this.c = connection;
    }

    private String displayNameSql(String username) throws SQLException {
        return one("SELECT display_name FROM account WHERE username = ?", username).orElse(username);
    }

    private String schoolNameSql() throws SQLException {
        return one("SELECT name FROM school ORDER BY id LIMIT 1", null).orElse("");
    }

    /** The subject's name in Vietnamese and English, or the code twice. */
    private String[] subjectNameSql(String code) throws SQLException {
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

    private StudentInfo studentSql(String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT st.full_name, (SELECT sc.code FROM enrolment e"
                + " JOIN school_class sc ON sc.id = e.class_id JOIN school_year y ON y.id = sc.school_year_id"
                + " WHERE e.student_id = st.id ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1)"
                + " FROM student st JOIN account a ON a.id = st.account_id WHERE a.username = ?")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new StudentInfo(username, rs.getString(1), rs.getString(2))
                        : new StudentInfo(username, displayNameSql(username), null);
            }
        }
    }

    private Optional<SittingInfo> sittingSql(String sittingId) throws SQLException {
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
    private List<String> decidersSql(Instant at) throws SQLException {
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
    private List<String> proctorsSql(String sittingId) throws SQLException {
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

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T unchecked(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the school directory: " + e.getMessage(), e);
        }
    }

    @Override
    public String displayName(String username) {
        return unchecked(() -> displayNameSql(username));
    }

    @Override
    public String schoolName() {
        return unchecked(this::schoolNameSql);
    }

    @Override
    public String[] subjectName(String code) {
        return unchecked(() -> subjectNameSql(code));
    }

    @Override
    public StudentInfo student(String username) {
        return unchecked(() -> studentSql(username));
    }

    @Override
    public Optional<SittingInfo> sitting(String sittingId) {
        return unchecked(() -> sittingSql(sittingId));
    }

    @Override
    public List<String> deciders(Instant at) {
        return unchecked(() -> decidersSql(at));
    }

    @Override
    public List<String> proctors(String sittingId) {
        return unchecked(() -> proctorsSql(sittingId));
    }

    @Override
    public List<RemoteRecords.StudentOption> studentsOf(String username, boolean isStudent) {
        return unchecked(() -> {
            List<RemoteRecords.StudentOption> found = new ArrayList<>();
            String sql;
            if (isStudent) {
                sql = "SELECT a.username, s.full_name, sc.code FROM student s JOIN account a ON a.id = s.account_id"
                        + " LEFT JOIN enrolment e ON e.student_id = s.id LEFT JOIN school_class sc ON sc.id = e.class_id"
                        + " LEFT JOIN school_year y ON y.id = sc.school_year_id WHERE a.username = ?"
                        + " ORDER BY y.is_current DESC LIMIT 1";
            } else {
                sql = "SELECT DISTINCT a.username, s.full_name, sc.code FROM school_class sc"
                        + " JOIN school_year y ON y.id = sc.school_year_id AND y.is_current"
                        + " JOIN enrolment e ON e.class_id = sc.id JOIN student s ON s.id = e.student_id"
                        + " JOIN account a ON a.id = s.account_id"
                        + " WHERE sc.homeroom_teacher_id = (SELECT t.id FROM teacher t JOIN account ta ON ta.id = t.account_id WHERE ta.username = ?)"
                        + " OR sc.id IN (SELECT ta2.class_id FROM teaching_assignment ta2 JOIN teacher t2 ON t2.id = ta2.teacher_id"
                        + "   JOIN account ac2 ON ac2.id = t2.account_id WHERE ac2.username = ?)"
                        + " ORDER BY sc.code, a.username";
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, username);
                if (!isStudent) {
                    s.setString(2, username);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new RemoteRecords.StudentOption(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<RemoteRecords.SittingOption> sittingsOf(String studentUsername, Instant after) {
        return unchecked(() -> {
            List<RemoteRecords.SittingOption> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.title, s.assessment_kind, s.subject_code, sc.code,"
                    + " s.mode, s.opens_at, s.closes_at FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id"
                    + " JOIN student st ON st.account_id = (SELECT id FROM account WHERE username = ?)"
                    + " WHERE s.assessment_kind <> 'REGULAR' AND s.closes_at > ?"
                    + " AND (s.class_id IN (SELECT e.class_id FROM enrolment e WHERE e.student_id = st.id)"
                    + "      OR EXISTS (SELECT 1 FROM sitting_candidate k WHERE k.sitting_id = s.id AND k.student_id = st.id))"
                    + " ORDER BY s.opens_at, s.id LIMIT 100")) {
                s.setString(1, studentUsername);
                s.setObject(2, LocalDateTime.ofInstant(after, ZoneOffset.UTC));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new RemoteRecords.SittingOption(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), utc(rs.getObject(7, LocalDateTime.class)),
                                utc(rs.getObject(8, LocalDateTime.class))));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<Delegation> delegations(String deputyOrNull) {
        return unchecked(() -> {
            List<Delegation> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, principal_id, deputy_id, scope, valid_from, valid_until,"
                    + " recorded_by, recorded_at FROM delegation" + (deputyOrNull == null ? "" : " WHERE deputy_id = ?")
                    + " ORDER BY valid_from DESC, id LIMIT 200")) {
                if (deputyOrNull != null) {
                    s.setString(1, deputyOrNull);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Delegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                utc(rs.getObject(5, LocalDateTime.class)), utc(rs.getObject(6, LocalDateTime.class)),
                                rs.getString(7), utc(rs.getObject(8, LocalDateTime.class))));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<String> semesters() {
        return unchecked(() -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT semester, MAX(filed_at) AS latest FROM remote_request"
                    + " GROUP BY semester ORDER BY latest DESC");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, String[]> subjectNames() {
        return unchecked(() -> {
            Map<String, String[]> found = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT code, name_vi, name_en FROM subject");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            return found;
        });
    }

    @Override
    public List<String[]> accountsWithRole(Role role) {
        return unchecked(() -> {
            List<String[]> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT a.username, a.display_name FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE r.role = ? AND a.active ORDER BY a.username")) {
                s.setString(1, role.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            return found;
        });
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
