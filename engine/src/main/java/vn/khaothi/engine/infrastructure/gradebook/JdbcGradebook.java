package vn.khaothi.engine.infrastructure.gradebook;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.CellChange;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;

/**
 * The gradebook's tables in plain JDBC, each call in the enclosing transaction:
 * {@code gradebook_entry} (shared with analytics, written only here), {@code gradebook_lock},
 * {@code conduct_result}, {@code student_absence}, the cells' history in {@code audit_entry}, and the
 * school structure the gradebook is laid out on. Instants are UTC date-times.
 */
public final class JdbcGradebook implements GradebookRepository {

    /** A class with its homeroom teacher's username and its school year's code (a {@link ClassRef}). */
    private static final String CLASSES = "SELECT sc.id, sc.code, sc.grade, ha.username, y.code FROM school_class sc"
            + " JOIN school_year y ON y.id = sc.school_year_id LEFT JOIN teacher h ON h.id = sc.homeroom_teacher_id"
            + " LEFT JOIN account ha ON ha.id = h.account_id";

    private final Jdbc jdbc;

    /** In the container with {@code JtaTransactions}; outside it with {@code LocalTransactions}. */
    public JdbcGradebook(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        try {
            return jdbc.transactions().required(c -> work.get());
        } catch (SQLException e) {
            throw translate(e);
        } catch (Jdbc.Failure e) {
            throw translate(e.getCause());
        }
    }

    /** A concurrent writer (a moved version, a duplicate key) is the user's 409; anything else is ours. */
    static RuntimeException translate(SQLException e) {
        if (e instanceof SQLIntegrityConstraintViolationException || e instanceof ChangedMeanwhile) {
            return GradebookRefusal.conflict("STALE_WRITE", "Sổ điểm vừa được người khác sửa: tải lại rồi thử lại", null);
        }
        return new IllegalStateException("gradebook storage failed: " + e.getMessage(), e);
    }

    // ---- school structure -----------------------------------------------------------------------

    @Override
    public Optional<ClassRef> classByCode(String code) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement(CLASSES + " WHERE sc.code = ? ORDER BY y.is_current DESC,"
                    + " y.starts_on DESC LIMIT 1")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(classRef(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<ClassRef> currentClasses() {
        return jdbc.on(c -> {
            List<ClassRef> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(CLASSES + " WHERE y.is_current ORDER BY sc.grade, sc.code");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(classRef(rs));
                }
            }
            return found;
        });
    }

    private static ClassRef classRef(ResultSet rs) throws SQLException {
        return new ClassRef(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5));
    }

    @Override
    public Optional<SubjectRef> subject(String code, int grade) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT su.id, su.code, su.name_vi, su.name_en, su.commentary_only,"
                    + " COALESCE(o.periods_per_year, 0) FROM subject su"
                    + " LEFT JOIN subject_offering o ON o.subject_id = su.id AND o.grade = ? WHERE su.code = ?")) {
                s.setInt(1, grade);
                s.setString(2, code);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(subject(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<SubjectRef> subjectsOfGrade(int grade) {
        return jdbc.on(c -> {
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
        });
    }

    private static SubjectRef subject(ResultSet rs) throws SQLException {
        return new SubjectRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6));
    }

    @Override
    public List<StudentRef> students(long classId) {
        return jdbc.on(c -> {
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
        });
    }

    @Override
    public Optional<String> classOfStudent(String username) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT sc.code FROM account a JOIN student st ON st.account_id = a.id"
                    + " JOIN enrolment e ON e.student_id = st.id JOIN school_class sc ON sc.id = e.class_id"
                    + " JOIN school_year y ON y.id = sc.school_year_id WHERE a.username = ?"
                    + " ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean teaches(String username, long classId, long subjectId) {
        return exists("SELECT 1 FROM teaching_assignment ta JOIN teacher t ON t.id = ta.teacher_id"
                + " JOIN account a ON a.id = t.account_id WHERE a.username = ? AND ta.class_id = ? AND ta.subject_id = ?",
                username, classId, subjectId);
    }

    @Override
    public boolean headsGroupOf(String username, long subjectId) {
        return exists("SELECT 1 FROM subject_group g JOIN subject_group_subject gs ON gs.subject_group_id = g.id"
                + " JOIN teacher t ON t.id = g.head_teacher_id JOIN account a ON a.id = t.account_id"
                + " WHERE a.username = ? AND gs.subject_id = ?", username, subjectId);
    }

    private boolean exists(String sql, Object... parameters) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    // ---- cells ----------------------------------------------------------------------------------

    @Override
    public Map<Long, Map<String, StoredCell>> cells(long classId, long subjectId, int semester) {
        return jdbc.on(c -> {
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
        });
    }

    @Override
    public Map<Long, Map<Integer, Map<Long, Map<String, StoredCell>>>> cellsOfClass(long classId) {
        return jdbc.on(c -> {
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
        });
    }

    @Override
    public Optional<StoredCell> cellForUpdate(long classId, long subjectId, int semester, long studentId, String column) {
        return jdbc.on(c -> {
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
        });
    }

    @Override
    public int write(long classId, long subjectId, int semester, long studentId, String column, CellValue value,
                     Integer previousVersion, String by, Instant at) {
        return jdbc.on(c -> previousVersion == null ? insert(c, classId, subjectId, semester, studentId, column, value, by, at)
                : update(c, classId, subjectId, semester, studentId, column, value, previousVersion, by, at));
    }

    private static int insert(Connection c, long classId, long subjectId, int semester, long studentId, String column,
                              CellValue value, String by, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_entry (class_id, subject_id, semester,"
                + " student_id, column_code, score, verdict, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            s.setLong(1, classId);
            s.setLong(2, subjectId);
            s.setInt(3, semester);
            s.setLong(4, studentId);
            s.setString(5, column);
            setValue(s, 6, value);
            s.setObject(8, Jdbc.utc(at));
            s.setString(9, by);
            s.executeUpdate();
        }
        return 1;
    }

    private static int update(Connection c, long classId, long subjectId, int semester, long studentId, String column,
                              CellValue value, int previousVersion, String by, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_entry SET score = ?, verdict = ?, version = version + 1,"
                + " updated_at = ?, updated_by = ? WHERE class_id = ? AND subject_id = ? AND semester = ? AND student_id = ?"
                + " AND column_code = ? AND version = ?")) {
            setValue(s, 1, value);
            s.setObject(3, Jdbc.utc(at));
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

    /** The cell's version moved between reading and writing it (another teacher's write won): a type, not a message. */
    static final class ChangedMeanwhile extends SQLException {
        ChangedMeanwhile() {
            super("gradebook cell changed meanwhile");
        }
    }

    /** The score (or SQL NULL) and the verdict (or SQL NULL) of a cell, at {@code index} and the next parameter. */
    private static void setValue(PreparedStatement s, int index, CellValue value) throws SQLException {
        s.setObject(index, value.score(), Types.DECIMAL);
        s.setObject(index + 1, value.verdict(), Types.VARCHAR);
    }

    private static StoredCell cell(ResultSet rs, int first) throws SQLException {
        BigDecimal score = rs.getBigDecimal(first);
        String verdict = rs.getString(first + 1);
        CellValue value = score != null ? CellValue.score(score) : verdict != null ? CellValue.verdict(verdict) : CellValue.EMPTY;
        return new StoredCell(value, rs.getInt(first + 2), rs.getString(first + 3),
                Jdbc.fromUtc(rs.getObject(first + 4, LocalDateTime.class)));
    }

    // ---- lock -----------------------------------------------------------------------------------

    @Override
    public Optional<String> lockedBy(long classId, int semester) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT locked_by FROM gradebook_lock WHERE class_id = ? AND semester = ?")) {
                s.setLong(1, classId);
                s.setInt(2, semester);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void lock(long classId, int semester, String by, String onBehalfOf, Instant at) {
        jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_lock (class_id, semester, locked_by, on_behalf_of,"
                    + " locked_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, classId);
                s.setInt(2, semester);
                s.setString(3, by);
                s.setString(4, onBehalfOf);
                s.setObject(5, Jdbc.utc(at));
                return s.executeUpdate();
            }
        });
    }

    // ---- history --------------------------------------------------------------------------------

    @Override
    public void audit(AuditEvent event) {
        jdbc.on(c -> new JdbcAuditTrail(c).append(event));
    }

    @Override
    public List<CellChange> history(long classId, long subjectId, int semester, Long studentId) {
        return jdbc.on(c -> CellHistory.read(c, CellChange.prefix(classId, subjectId, semester), studentId));
    }

    // ---- conduct and absences -------------------------------------------------------------------

    @Override
    public Map<Long, Map<String, String>> conduct(long classId) {
        return jdbc.on(c -> {
            Map<Long, Map<String, String>> found = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT student_id, period, level FROM conduct_result WHERE class_id = ?")) {
                s.setLong(1, classId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void saveConduct(long classId, long studentId, String period, String level, String by, Instant at) {
        jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO conduct_result (class_id, student_id, period, level,"
                    + " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE level = VALUES(level),"
                    + " entered_by = VALUES(entered_by), entered_at = VALUES(entered_at)")) {
                s.setLong(1, classId);
                s.setLong(2, studentId);
                s.setString(3, period);
                s.setString(4, level);
                s.setString(5, by);
                s.setObject(6, Jdbc.utc(at));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, Integer> absences(long classId) {
        return jdbc.on(c -> {
            Map<Long, Integer> found = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT student_id, half_days FROM student_absence WHERE class_id = ?")) {
                s.setLong(1, classId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return found;
        });
    }

    // ---- settings -------------------------------------------------------------------------------

    @Override
    public Optional<String> setting(String name) {
        return jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM app_setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(java.util.Objects.requireNonNullElse(rs.getString(1), "")) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addSetting(String name, String value) {
        jdbc.on(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_setting (name, value) VALUES (?, ?)")) {
                s.setString(1, name);
                s.setString(2, value);
                return s.executeUpdate();
            }
        });
    }
}
