package vn.khaothi.engine.infrastructure.sitting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.MySitting;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.RosterLine;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.Sitting;
import vn.khaothi.engine.infrastructure.sitting.SittingRows.StudentRef;

/**
 * Sittings, their candidates, proctors and attempt rows, by plain JDBC (tables of V2026_11_22_20..22).
 * The attempt's state machine itself is loaded and saved by {@code AttemptStore}; the step log is
 * written by the {@code AnswerJournal} alone; item scores are {@link MarkStore}'s and integrity
 * events {@link IncidentStore}'s. Times are UTC.
 */
public final class SittingStore {

    private static final String SITTING_COLUMNS = "s.id, s.paper_id, s.title, s.assessment_kind, s.subject_code, s.grade,"
            + " s.mode, s.opens_at, s.closes_at, s.duration_minutes, sc.code, s.admission_required, s.review_policy,"
            + " ca.username, s.created_at";
    private static final String SITTING_FROM = " FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id"
            + " LEFT JOIN account ca ON ca.id = s.created_by";
    private static final String ATTEMPT_COLUMNS = "a.id, a.sitting_id, a.student_id, acc.username, st.full_name,"
            + " a.paper_version_id, a.version_code, a.status, a.admitted_at";
    static final String ATTEMPT_FROM = " FROM attempt a JOIN student st ON st.id = a.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final DataSource dataSource;

    public SittingStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    // ---- people -------------------------------------------------------------------------------

    /** Students by username (only those that exist and are active students). */
    public Map<String, StudentRef> studentsByUsername(Collection<String> usernames) throws SQLException {
        Map<String, StudentRef> found = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(usernames.size(), "?"));
        String sql = "SELECT st.id, acc.username, st.code, st.full_name FROM student st JOIN account acc ON acc.id = st.account_id"
                + " WHERE acc.active AND acc.username IN (" + marks + ")";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            for (String u : usernames) {
                s.setString(i++, u);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new StudentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return found;
    }

    /** The class of the current school year with this code (else the latest year's), and its students. */
    public Optional<Long> classId(String classCode) throws SQLException {
        String sql = "SELECT sc.id FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id WHERE sc.code = ?"
                + " ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, classCode);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public List<StudentRef> studentsOfClass(long classId) throws SQLException {
        String sql = "SELECT st.id, acc.username, st.code, st.full_name FROM enrolment e JOIN student st ON st.id = e.student_id"
                + " JOIN account acc ON acc.id = st.account_id WHERE e.class_id = ? AND acc.active ORDER BY st.code";
        List<StudentRef> students = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, classId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    students.add(new StudentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return students;
    }

    /**
     * The subjects a person heads (their subject group's) or teaches, by code: the department-head
     * rule analytics uses ({@code SittingScores.subjectsOf}).
     */
    public java.util.Set<String> subjectsHeadedOrTaught(String username) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return vn.khaothi.engine.infrastructure.analytics.SittingScores.subjectsOf(c, username);
        }
    }

    /** Account id and roles of an active account. */
    public Optional<Map.Entry<Long, List<String>>> account(String username) throws SQLException {
        String sql = "SELECT a.id, r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id"
                + " WHERE a.username = ? AND a.active";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                Long id = null;
                List<String> roles = new ArrayList<>();
                while (rs.next()) {
                    id = rs.getLong(1);
                    if (rs.getString(2) != null) {
                        roles.add(rs.getString(2));
                    }
                }
                return id == null ? Optional.empty() : Optional.of(Map.entry(id, roles));
            }
        }
    }

    // ---- creating a sitting --------------------------------------------------------------------

    /** What one new attempt row holds. */
    public record NewAttempt(long studentId, long versionId, String versionCode, int extraMinutes) {
    }

    /** Inserts the sitting, its candidates, proctors and NOT_STARTED attempts in one transaction. */
    public long create(long paperId, String title, String kind, String subjectCode, int grade, String mode,
                       Instant opensAt, Instant closesAt, int durationMinutes, Long classId, boolean admissionRequired,
                       String reviewPolicy, long createdBy, List<Long> proctorAccounts, List<NewAttempt> attempts)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sitting (paper_id, assessment_kind, subject_code,"
                        + " grade, title, mode, opens_at, closes_at, duration_minutes, class_id, admission_required,"
                        + " review_policy, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, paperId);
                    s.setString(2, kind);
                    s.setString(3, subjectCode);
                    s.setInt(4, grade);
                    s.setString(5, title);
                    s.setString(6, mode);
                    s.setObject(7, utc(opensAt));
                    s.setObject(8, utc(closesAt));
                    s.setInt(9, durationMinutes);
                    if (classId == null) {
                        s.setNull(10, Types.BIGINT);
                    } else {
                        s.setLong(10, classId);
                    }
                    s.setBoolean(11, admissionRequired);
                    s.setString(12, reviewPolicy);
                    s.setLong(13, createdBy);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO sitting_proctor (sitting_id, account_id) VALUES (?, ?)")) {
                    for (long account : proctorAccounts) {
                        p.setLong(1, id);
                        p.setLong(2, account);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                long durationMs = durationMinutes * 60_000L;
                try (PreparedStatement cand = c.prepareStatement(
                        "INSERT INTO sitting_candidate (sitting_id, student_id, extra_minutes) VALUES (?, ?, ?)");
                     PreparedStatement att = c.prepareStatement("INSERT INTO attempt (sitting_id, student_id,"
                             + " paper_version_id, version_code, duration_ms, extension_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (NewAttempt a : attempts) {
                        cand.setLong(1, id);
                        cand.setLong(2, a.studentId());
                        cand.setInt(3, a.extraMinutes());
                        cand.addBatch();
                        att.setLong(1, id);
                        att.setLong(2, a.studentId());
                        att.setLong(3, a.versionId());
                        att.setString(4, a.versionCode());
                        att.setLong(5, durationMs);
                        att.setLong(6, a.extraMinutes() * 60_000L);
                        att.addBatch();
                    }
                    cand.executeBatch();
                    att.executeBatch();
                }
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** The gradebook column (TX1…, GK, CK) the sitting's published results go to (issue 13), or null. */
    public void setGradebookColumn(long sittingId, String column) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE sitting SET gradebook_column = ? WHERE id = ?")) {
            s.setString(1, column);
            s.setLong(2, sittingId);
            s.executeUpdate();
        }
    }

    // ---- reading sittings ----------------------------------------------------------------------

    public Optional<Sitting> sitting(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + SITTING_COLUMNS + SITTING_FROM + " WHERE s.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(sitting(rs)) : Optional.empty();
            }
        }
    }

    public List<String> proctors(long sittingId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.username FROM sitting_proctor p JOIN account a ON a.id = p.account_id WHERE p.sitting_id = ? ORDER BY a.username")) {
            s.setLong(1, sittingId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** Sittings a student is a candidate of (with the attempt), proctors, or that a teacher created; newest first. */
    public List<MySitting> mine(String username, int limit) throws SQLException {
        String sql = "SELECT " + SITTING_COLUMNS + ", a.id, a.status, 'STUDENT'" + SITTING_FROM
                + " JOIN attempt a ON a.sitting_id = s.id JOIN student st ON st.id = a.student_id"
                + " JOIN account sa ON sa.id = st.account_id WHERE sa.username = ?"
                + " UNION ALL SELECT " + SITTING_COLUMNS + ", NULL, NULL, 'PROCTOR'" + SITTING_FROM
                + " JOIN sitting_proctor p ON p.sitting_id = s.id JOIN account pa ON pa.id = p.account_id WHERE pa.username = ?"
                + " UNION ALL SELECT " + SITTING_COLUMNS + ", NULL, NULL, 'CREATOR'" + SITTING_FROM
                + " WHERE ca.username = ? AND NOT EXISTS (SELECT 1 FROM sitting_proctor p2 JOIN account pa2"
                + " ON pa2.id = p2.account_id WHERE p2.sitting_id = s.id AND pa2.username = ?)"
                + " ORDER BY 8 DESC, 1 DESC LIMIT ?";
        List<MySitting> list = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            s.setString(2, username);
            s.setString(3, username);
            s.setString(4, username);
            s.setInt(5, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long attempt = rs.getLong(16);
                    Long attemptId = rs.wasNull() ? null : attempt;
                    list.add(new MySitting(sitting(rs), attemptId, rs.getString(17), rs.getString(18)));
                }
            }
        }
        return list;
    }

    // ---- attempts ------------------------------------------------------------------------------

    public Optional<AttemptRef> attempt(long attemptId) throws SQLException {
        return oneAttempt(" WHERE a.id = ?", attemptId, null);
    }

    public Optional<AttemptRef> attemptOf(long sittingId, String studentUsername) throws SQLException {
        return oneAttempt(" WHERE a.sitting_id = ? AND acc.username = ?", sittingId, studentUsername);
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
    public void admit(long attemptId, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE attempt SET admitted_at = COALESCE(admitted_at, ?) WHERE id = ?")) {
            s.setObject(1, utc(at));
            s.setLong(2, attemptId);
            s.executeUpdate();
        }
    }

    /** The roster of a sitting, or of one attempt of it when {@code attemptId} is not null. */
    public List<RosterLine> roster(long sittingId, Long attemptId) throws SQLException {
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
    }

    /** Has this exact step been stored (a resend after the deadline is acknowledged, not refused)? */
    public boolean stepStored(long attemptId, long itemId, long seq) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM attempt_step WHERE attempt_id = ? AND item_id = ? AND seq = ?")) {
            s.setLong(1, attemptId);
            s.setLong(2, itemId);
            s.setLong(3, seq);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Submitted attempts that were never scored (a node stopped between the submit and the scoring). */
    public List<Long> unscoredSubmitted(int limit) throws SQLException {
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
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Sitting sitting(ResultSet rs) throws SQLException {
        int grade = rs.getInt(6);
        Integer g = rs.wasNull() ? null : grade;
        return new Sitting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), g,
                rs.getString(7), instant(rs, 8), instant(rs, 9), rs.getInt(10), rs.getString(11), rs.getBoolean(12),
                rs.getString(13), rs.getString(14), instant(rs, 15));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
