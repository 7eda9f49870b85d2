package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.application.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.application.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.application.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.application.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.CellValue;

/**
 * The gradebook's tables on the caller's connection (and so in the caller's transaction):
 * {@code gradebook_entry} (shared with analytics, written only here), {@code gradebook_lock}, and
 * the school structure it needs. Instants are UTC date-times.
 */
final class GradebookStore {

    private final Connection c;

    GradebookStore(Connection connection) {
        this.c = connection;
    }

    // ---- school structure -----------------------------------------------------------------------

    /** The class with this code in the current school year (else the latest year that has it). */
    Optional<ClassRef> classByCode(String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sc.id, sc.code, sc.grade, ha.username, y.code"
                + " FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id"
                + " LEFT JOIN teacher h ON h.id = sc.homeroom_teacher_id LEFT JOIN account ha ON ha.id = h.account_id"
                + " WHERE sc.code = ? ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ClassRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5))) : Optional.empty();
            }
        }
    }

    /** The classes of the current school year, by code. */
    List<ClassRef> currentClasses() throws SQLException {
        List<ClassRef> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sc.id, sc.code, sc.grade, ha.username, y.code"
                + " FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id AND y.is_current"
                + " LEFT JOIN teacher h ON h.id = sc.homeroom_teacher_id LEFT JOIN account ha ON ha.id = h.account_id"
                + " ORDER BY sc.grade, sc.code")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new ClassRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return found;
    }

    /** The subject with this code and its periods at {@code grade} (0 when it is not offered there). */
    Optional<SubjectRef> subject(String code, int grade) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT su.id, su.code, su.name_vi, su.name_en, su.commentary_only,"
                + " COALESCE(o.periods_per_year, 0) FROM subject su"
                + " LEFT JOIN subject_offering o ON o.subject_id = su.id AND o.grade = ? WHERE su.code = ?")) {
            s.setInt(1, grade);
            s.setString(2, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(subject(rs)) : Optional.empty();
            }
        }
    }

    /** The subjects offered at a grade, in id order (the curriculum's order). */
    List<SubjectRef> subjectsOfGrade(int grade) throws SQLException {
        List<SubjectRef> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT su.id, su.code, su.name_vi, su.name_en, su.commentary_only,"
                + " o.periods_per_year FROM subject su JOIN subject_offering o ON o.subject_id = su.id AND o.grade = ?"
                + " ORDER BY su.id")) {
            s.setInt(1, grade);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(subject(rs));
                }
            }
        }
        return found;
    }

    private static SubjectRef subject(ResultSet rs) throws SQLException {
        return new SubjectRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6));
    }

    /** The class's students, by code. */
    List<StudentRef> students(long classId) throws SQLException {
        List<StudentRef> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT st.id, COALESCE(a.username, st.code), st.code, st.full_name"
                + " FROM enrolment e JOIN student st ON st.id = e.student_id LEFT JOIN account a ON a.id = st.account_id"
                + " WHERE e.class_id = ? ORDER BY st.code")) {
            s.setLong(1, classId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new StudentRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return found;
    }

    /** The class a student (by username) is enrolled in this year, if any. */
    Optional<String> classOfStudent(String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sc.code FROM account a JOIN student st ON st.account_id = a.id"
                + " JOIN enrolment e ON e.student_id = st.id JOIN school_class sc ON sc.id = e.class_id"
                + " JOIN school_year y ON y.id = sc.school_year_id WHERE a.username = ?"
                + " ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1")) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Does this account teach the subject in the class (phân công giảng dạy)? */
    boolean teaches(String username, long classId, long subjectId) throws SQLException {
        return exists("SELECT 1 FROM teaching_assignment ta JOIN teacher t ON t.id = ta.teacher_id"
                + " JOIN account a ON a.id = t.account_id WHERE a.username = ? AND ta.class_id = ? AND ta.subject_id = ?",
                username, classId, subjectId);
    }

    /** Is this account the head of a subject group (tổ chuyên môn) that covers the subject? */
    boolean headsGroupOf(String username, long subjectId) throws SQLException {
        return exists("SELECT 1 FROM subject_group g JOIN subject_group_subject gs ON gs.subject_group_id = g.id"
                + " JOIN teacher t ON t.id = g.head_teacher_id JOIN account a ON a.id = t.account_id"
                + " WHERE a.username = ? AND gs.subject_id = ?", username, subjectId);
    }

    private boolean exists(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- cells ----------------------------------------------------------------------------------

    /** Every stored cell of one class × subject × semester: student id → column → cell. */
    Map<Long, Map<String, StoredCell>> cells(long classId, long subjectId, int semester) throws SQLException {
        Map<Long, Map<String, StoredCell>> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT student_id, column_code, score, verdict, version, updated_by,"
                + " updated_at FROM gradebook_entry WHERE class_id = ? AND subject_id = ? AND semester = ?")) {
            s.setLong(1, classId);
            s.setLong(2, subjectId);
            s.setInt(3, semester);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), cell(rs, 3));
                }
            }
        }
        return found;
    }

    /** Every stored cell of a class (all subjects, both semesters): subject id → semester → student → column. */
    Map<Long, Map<Integer, Map<Long, Map<String, StoredCell>>>> cellsOfClass(long classId) throws SQLException {
        Map<Long, Map<Integer, Map<Long, Map<String, StoredCell>>>> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT subject_id, semester, student_id, column_code, score, verdict,"
                + " version, updated_by, updated_at FROM gradebook_entry WHERE class_id = ?")) {
            s.setLong(1, classId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(3), k -> new LinkedHashMap<>())
                            .put(rs.getString(4), cell(rs, 5));
                }
            }
        }
        return found;
    }

    /** One cell, locked for this transaction (FOR UPDATE), or empty when it was never written. */
    Optional<StoredCell> cellForUpdate(long classId, long subjectId, int semester, long studentId, String column)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT score, verdict, version, updated_by, updated_at"
                + " FROM gradebook_entry WHERE class_id = ? AND subject_id = ? AND semester = ? AND student_id = ?"
                + " AND column_code = ? FOR UPDATE")) {
            s.setLong(1, classId);
            s.setLong(2, subjectId);
            s.setInt(3, semester);
            s.setLong(4, studentId);
            s.setString(5, column);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(cell(rs, 1)) : Optional.empty();
            }
        }
    }

    /** Writes a cell: insert at version 1, or update to {@code version}; answers the new version. */
    int write(long classId, long subjectId, int semester, long studentId, String column, CellValue value,
              Integer previousVersion, String by, Instant at) throws SQLException {
        if (previousVersion == null) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_entry (class_id, subject_id, semester,"
                    + " student_id, column_code, score, verdict, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
                s.setLong(1, classId);
                s.setLong(2, subjectId);
                s.setInt(3, semester);
                s.setLong(4, studentId);
                s.setString(5, column);
                setValue(s, 6, value);
                s.setObject(8, utc(at));
                s.setString(9, by);
                s.executeUpdate();
            }
            return 1;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_entry SET score = ?, verdict = ?, version = version + 1,"
                + " updated_at = ?, updated_by = ? WHERE class_id = ? AND subject_id = ? AND semester = ? AND student_id = ?"
                + " AND column_code = ? AND version = ?")) {
            setValue(s, 1, value);
            s.setObject(3, utc(at));
            s.setString(4, by);
            s.setLong(5, classId);
            s.setLong(6, subjectId);
            s.setInt(7, semester);
            s.setLong(8, studentId);
            s.setString(9, column);
            s.setInt(10, previousVersion);
            if (s.executeUpdate() != 1) {
                throw new ChangedMeanwhile();
            }
        }
        return previousVersion + 1;
    }

    /**
     * The cell's version moved between reading and writing it (another teacher's write won). A type of its own, so the
     * service tells it from a storage failure without reading the message.
     */
    static final class ChangedMeanwhile extends SQLException {
        ChangedMeanwhile() {
            super("gradebook cell changed meanwhile");
        }
    }

    private static void setValue(PreparedStatement s, int index, CellValue value) throws SQLException {
        if (value.score() == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value.score());
        }
        if (value.verdict() == null) {
            s.setNull(index + 1, Types.VARCHAR);
        } else {
            s.setString(index + 1, value.verdict());
        }
    }

    private static StoredCell cell(ResultSet rs, int first) throws SQLException {
        BigDecimal score = rs.getBigDecimal(first);
        String verdict = rs.getString(first + 1);
        CellValue value = score != null ? CellValue.score(score) : verdict != null ? CellValue.verdict(verdict) : CellValue.EMPTY;
        return new StoredCell(value, rs.getInt(first + 2), rs.getString(first + 3),
                fromUtc(rs.getObject(first + 4, LocalDateTime.class)));
    }

    // ---- lock -----------------------------------------------------------------------------------

    /** Who locked the class's semester (chốt sổ), if it is locked. */
    Optional<String> lockedBy(long classId, int semester) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT locked_by FROM gradebook_lock WHERE class_id = ? AND semester = ?")) {
            s.setLong(1, classId);
            s.setInt(2, semester);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void lock(long classId, int semester, String by, String onBehalfOf, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_lock (class_id, semester, locked_by, on_behalf_of,"
                + " locked_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, classId);
            s.setInt(2, semester);
            s.setString(3, by);
            s.setString(4, onBehalfOf);
            s.setObject(5, utc(at));
            s.executeUpdate();
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromUtc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
