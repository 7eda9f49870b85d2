package vn.khaothi.engine.application.gradebook;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.application.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.application.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.Columns;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;

/**
 * Appeals (phúc khảo) of a periodic column (GK, CK): the student — or their homeroom teacher for
 * them — asks within the school's window after the mark was released (setting
 * {@code gradebook.appeal.days}, default {@value #DEFAULT_DAYS}); the head of the subject's group
 * assigns a second marker; the marker keeps or changes the mark with a reason. Either outcome goes
 * into the cell's history with source APPEAL (a kept mark as an entry whose old and new agree), and
 * the student sees it with their results. FILED → ASSIGNED → KEPT | CHANGED.
 */
public final class Appeals {

    static final int DEFAULT_DAYS = 15;
    private static final String COLUMNS = "a.id, sc.code, su.code, a.semester, acc.username, st.full_name, a.column_code,"
            + " a.original, a.reason, a.filed_by, a.filed_at, a.status, a.marker, a.outcome_score, a.outcome_note, a.decided_at";
    private static final String FROM = " FROM gradebook_appeal a JOIN school_class sc ON sc.id = a.class_id"
            + " JOIN subject su ON su.id = a.subject_id JOIN student st ON st.id = a.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final GradebookService gradebook;
    private final Clock clock;

    public Appeals(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.clock = clock;
    }

    public Map<String, Object> file(Actor actor, String classCode, String subjectCode, int semester, String studentId,
                                    String column, String reason) {
        if (reason == null || reason.isBlank()) {
            throw GradebookRefusal.invalid("reason", "Ghi lí do phúc khảo (reason)");
        }
        return gradebook.inTransaction(c -> {
            GradebookStore store = new GradebookStore(c);
            SubjectPlan plan = gradebook.plan(store, classCode, subjectCode, semester);
            String student = studentId == null || studentId.isBlank() ? actor.username() : studentId.strip();
            if (!(actor.is(student) && actor.has(Role.STUDENT)) && !actor.is(plan.schoolClass().homeroomUsername())) {
                throw GradebookRefusal.forbidden("Chỉ học sinh, hoặc giáo viên chủ nhiệm thay cho học sinh, được đề nghị phúc khảo");
            }
            StudentRef ref = GradebookService.student(store, plan, student, "studentId");
            String col = GradebookService.column(plan, column, "column");
            if (!Columns.periodic(col)) {
                throw GradebookRefusal.invalid("column", "Chỉ phúc khảo bài kiểm tra định kì (GK, CK)");
            }
            StoredCell cell = store.cells(plan.schoolClass().id(), plan.subject().id(), semester)
                    .getOrDefault(ref.id(), Map.of()).get(col);
            if (cell == null || cell.value().isEmpty()) {
                throw GradebookRefusal.invalid("column", "Cột " + col + " chưa có điểm để phúc khảo");
            }
            int days = windowDays(c);
            if (Duration.between(cell.updatedAt(), clock.instant()).compareTo(Duration.ofDays(days)) > 0) {
                throw GradebookRefusal.conflict("APPEAL_WINDOW_CLOSED", "Đã quá " + days
                        + " ngày kể từ khi công bố điểm: không nhận phúc khảo nữa", Map.of("days", days));
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_appeal (class_id, subject_id, semester, student_id,"
                    + " column_code, original, reason, filed_by, filed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILED')",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, plan.schoolClass().id());
                s.setLong(2, plan.subject().id());
                s.setInt(3, semester);
                s.setLong(4, ref.id());
                s.setString(5, col);
                s.setBigDecimal(6, cell.value().score());
                s.setString(7, reason.strip());
                s.setString(8, actor.username());
                s.setObject(9, GradebookStore.utc(clock.instant()));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return one(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /** The head of the subject's group assigns a second marker (not the one who wrote the mark). */
    public Map<String, Object> assign(Actor actor, long id, String marker) {
        return gradebook.inTransaction(c -> {
            Map<String, Object> appeal = found(c, id);
            GradebookStore store = new GradebookStore(c);
            long subjectId = subjectId(c, id);
            if (!actor.has(Role.DEPARTMENT_HEAD) || !store.headsGroupOf(actor.username(), subjectId)) {
                throw GradebookRefusal.forbidden("Chỉ tổ trưởng chuyên môn của môn này phân công người chấm phúc khảo");
            }
            if (!"FILED".equals(appeal.get("status"))) {
                throw GradebookRefusal.conflict("CONFLICT", "Đơn phúc khảo đã được phân công", null);
            }
            if (marker == null || marker.isBlank()) {
                throw GradebookRefusal.invalid("marker", "Chọn giáo viên chấm phúc khảo (marker)");
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_appeal SET status = 'ASSIGNED', marker = ?, assigned_by = ?"
                    + " WHERE id = ? AND status = 'FILED'")) {
                s.setString(1, marker.strip());
                s.setString(2, actor.username());
                s.setLong(3, id);
                s.executeUpdate();
            }
            return one(c, id).orElseThrow();
        });
    }

    /** The second marker's outcome: a new score (CHANGED when it differs) or none (KEPT), with a reason. */
    public Map<String, Object> decide(Actor actor, long id, Object score, String note) {
        if (note == null || note.isBlank()) {
            throw GradebookRefusal.invalid("note", "Ghi lí do kết quả phúc khảo (note)");
        }
        return gradebook.inTransaction(c -> {
            Map<String, Object> appeal = found(c, id);
            if (!"ASSIGNED".equals(appeal.get("status")) || !actor.is((String) appeal.get("marker"))) {
                throw GradebookRefusal.forbidden("Chỉ giáo viên được phân công chấm phúc khảo ghi kết quả");
            }
            GradebookStore store = new GradebookStore(c);
            SubjectPlan plan = gradebook.plan(store, (String) appeal.get("class"), (String) appeal.get("subject"),
                    (Integer) appeal.get("semester"));
            StudentRef student = GradebookService.student(store, plan, (String) appeal.get("studentId"), "studentId");
            String column = (String) appeal.get("column");
            CellValue now = store.cells(plan.schoolClass().id(), plan.subject().id(), plan.semester())
                    .getOrDefault(student.id(), Map.of()).get(column).value();
            CellValue outcome = score == null || score.toString().isBlank() ? now : gradebook.read(plan, score, "score").value();
            boolean changed = !outcome.sameAs(now);
            String reason = "Phúc khảo: " + (changed ? "đổi điểm" : "giữ nguyên") + " — " + note.strip();
            if (changed) {
                gradebook.apply(c, store, plan, student, column, outcome, null, actor.username(), null, ScoreSource.APPEAL, reason);
            } else {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("class", plan.schoolClass().code());
                details.put("subject", plan.subject().code());
                details.put("semester", plan.semester());
                details.put("studentId", student.username());
                details.put("column", column);
                details.put("old", now.text());
                details.put("new", now.text());
                details.put("reason", reason);
                details.put("source", ScoreSource.APPEAL.name());
                new JdbcAuditTrail(c).append(AuditEvent.of(clock.instant(), actor.username(), null, GradebookService.CELL_WRITTEN,
                        GradebookService.auditSubject(plan, student), details));
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_appeal SET status = ?, outcome_score = ?, outcome_note = ?,"
                    + " decided_at = ? WHERE id = ?")) {
                s.setString(1, changed ? "CHANGED" : "KEPT");
                s.setBigDecimal(2, outcome.score());
                s.setString(3, note.strip());
                s.setObject(4, GradebookStore.utc(clock.instant()));
                s.setLong(5, id);
                s.executeUpdate();
            }
            return one(c, id).orElseThrow();
        });
    }

    /** Appeals the actor may see: a student's own, a marker's, a department head's subjects', a homeroom teacher's class, management all. */
    public List<Map<String, Object>> list(Actor actor) {
        return gradebook.inTransaction(c -> {
            String where;
            if (actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL)) {
                where = "1 = 1 OR ? IS NULL";
            } else if (actor.has(Role.STUDENT)) {
                where = "acc.username = ?";
            } else {
                where = "a.marker = ? OR a.filed_by = a.filed_by AND (EXISTS (SELECT 1 FROM subject_group g"
                        + " JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN teacher t ON t.id = g.head_teacher_id"
                        + " JOIN account ga ON ga.id = t.account_id WHERE gs.subject_id = a.subject_id AND ga.username = a_user.u)"
                        + " OR EXISTS (SELECT 1 FROM teacher h JOIN account ha ON ha.id = h.account_id"
                        + " WHERE h.id = sc.homeroom_teacher_id AND ha.username = a_user.u))";
            }
            String sql = "SELECT " + COLUMNS + FROM + (where.contains("a_user") ? " JOIN (SELECT ? AS u) a_user" : "")
                    + " WHERE " + where + " ORDER BY a.filed_at DESC LIMIT 200";
            List<Map<String, Object>> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, actor.username());
                if (where.contains("a_user")) {
                    s.setString(2, actor.username());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(map(rs));
                    }
                }
            }
            return found;
        });
    }

    /** A student's appeals, for their results page. */
    static List<Map<String, Object>> ofStudent(Connection c, long studentId) throws SQLException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.student_id = ? ORDER BY a.filed_at DESC")) {
            s.setLong(1, studentId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(map(rs));
                }
            }
        }
        return found;
    }

    private static Optional<Map<String, Object>> one(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Map<String, Object> found(Connection c, long id) throws SQLException {
        return one(c, id).orElseThrow(() -> GradebookRefusal.notFound("Không có đơn phúc khảo " + id));
    }

    private static long subjectId(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT subject_id FROM gradebook_appeal WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int windowDays(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM app_setting WHERE name = 'gradebook.appeal.days'");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) : DEFAULT_DAYS;
        } catch (NumberFormatException badSetting) {
            return DEFAULT_DAYS;
        }
    }

    private static Map<String, Object> map(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getLong(1));
        m.put("class", rs.getString(2));
        m.put("subject", rs.getString(3));
        m.put("semester", rs.getInt(4));
        m.put("studentId", rs.getString(5));
        m.put("studentName", rs.getString(6));
        m.put("column", rs.getString(7));
        m.put("original", rs.getBigDecimal(8));
        m.put("reason", rs.getString(9));
        m.put("filedBy", rs.getString(10));
        m.put("filedAt", instant(rs.getObject(11, LocalDateTime.class)));
        m.put("status", rs.getString(12));
        m.put("marker", rs.getString(13));
        BigDecimal outcome = rs.getBigDecimal(14);
        m.put("outcome", outcome);
        m.put("outcomeNote", rs.getString(15));
        m.put("decidedAt", instant(rs.getObject(16, LocalDateTime.class)));
        return m;
    }

    private static String instant(LocalDateTime t) {
        Instant i = GradebookStore.fromUtc(t);
        return i == null ? null : i.toString();
    }
}
