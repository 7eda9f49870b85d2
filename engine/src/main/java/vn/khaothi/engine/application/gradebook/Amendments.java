package vn.khaothi.engine.application.gradebook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.application.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.engine.domain.remote.DecisionAuthority;
import vn.khaothi.engine.infrastructure.audit.JdbcAuditTrail;

/**
 * Amendments (đính chính) after the lock: a teacher of the subject asks for a change with a
 * reason; the principal (or a deputy under a delegation) approves — the change is then written
 * with source AMENDMENT — or rejects. PENDING → APPROVED | REJECTED, each step in the audit chain.
 */
public final class Amendments {

    private static final String COLUMNS = "m.id, sc.code, su.code, m.semester, acc.username, st.full_name, m.column_code,"
            + " m.score, m.verdict, m.reason, m.requested_by, m.requested_at, m.status, m.decided_by, m.decided_at, m.note";
    private static final String FROM = " FROM gradebook_amendment m JOIN school_class sc ON sc.id = m.class_id"
            + " JOIN subject su ON su.id = m.subject_id JOIN student st ON st.id = m.student_id"
            + " LEFT JOIN account acc ON acc.id = st.account_id";

    private final GradebookService gradebook;
    private final Clock clock;

    public Amendments(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.clock = clock;
    }

    public Map<String, Object> request(Actor actor, String classCode, String subjectCode, int semester, String studentId,
                                       String column, Object value, String reason) {
        if (reason == null || reason.isBlank()) {
            throw GradebookRefusal.invalid("reason", "Đính chính sau khi chốt sổ cần lí do (reason)");
        }
        return gradebook.inTransaction(c -> {
            GradebookStore store = new GradebookStore(c);
            SubjectPlan plan = gradebook.plan(store, classCode, subjectCode, semester);
            GradebookService.ensureMayWrite(actor, plan, store);
            if (store.lockedBy(plan.schoolClass().id(), semester).isEmpty()) {
                throw GradebookRefusal.conflict("NOT_LOCKED", "Sổ điểm chưa chốt: sửa trực tiếp trong sổ", null);
            }
            String col = GradebookService.column(plan, column, "column");
            StudentRef student = GradebookService.student(store, plan, studentId, "studentId");
            CellValue wanted = gradebook.read(plan, value, "score").value();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO gradebook_amendment (class_id, subject_id, semester,"
                    + " student_id, column_code, score, verdict, reason, requested_by, requested_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, plan.schoolClass().id());
                s.setLong(2, plan.subject().id());
                s.setInt(3, semester);
                s.setLong(4, student.id());
                s.setString(5, col);
                s.setBigDecimal(6, wanted.score());
                if (wanted.verdict() == null) {
                    s.setNull(7, Types.VARCHAR);
                } else {
                    s.setString(7, wanted.verdict());
                }
                s.setString(8, reason.strip());
                s.setString(9, actor.username());
                s.setObject(10, GradebookStore.utc(clock.instant()));
                s.executeUpdate();
                long id;
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("column", col);
                details.put("studentId", student.username());
                details.put("requested", wanted.text());
                details.put("reason", reason.strip());
                new JdbcAuditTrail(c).append(AuditEvent.of(clock.instant(), actor.username(), null, "GRADEBOOK_AMENDMENT_REQUESTED",
                        "gbamend:" + id, details));
                return one(c, id);
            }
        });
    }

    public Map<String, Object> decide(Actor actor, long id, boolean approve, String note) {
        DecisionAuthority authority = gradebook.authority(actor);
        return gradebook.inTransaction(c -> {
            Map<String, Object> m = one(c, id);
            if (m == null) {
                throw GradebookRefusal.notFound("Không có đề nghị đính chính " + id);
            }
            if (!"PENDING".equals(m.get("status"))) {
                throw GradebookRefusal.conflict("CONFLICT", "Đề nghị này đã được quyết định", null);
            }
            if (approve) {
                GradebookStore store = new GradebookStore(c);
                SubjectPlan plan = gradebook.plan(store, (String) m.get("class"), (String) m.get("subject"), (Integer) m.get("semester"));
                StudentRef student = GradebookService.student(store, plan, (String) m.get("studentId"), "studentId");
                CellValue value = gradebook.read(plan, m.get("requested"), "score").value();
                gradebook.apply(c, store, plan, student, (String) m.get("column"), value, null, actor.username(), authority.onBehalfOf(),
                        ScoreSource.AMENDMENT, "Đính chính theo đề nghị của " + m.get("requestedBy") + ": " + m.get("reason"));
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE gradebook_amendment SET status = ?, decided_by = ?, decided_at = ?,"
                    + " note = ? WHERE id = ? AND status = 'PENDING'")) {
                s.setString(1, approve ? "APPROVED" : "REJECTED");
                s.setString(2, actor.username());
                s.setObject(3, GradebookStore.utc(clock.instant()));
                s.setString(4, note == null || note.isBlank() ? null : note.strip());
                s.setLong(5, id);
                s.executeUpdate();
            }
            new JdbcAuditTrail(c).append(AuditEvent.of(clock.instant(), actor.username(), authority.onBehalfOf(),
                    approve ? "GRADEBOOK_AMENDMENT_APPROVED" : "GRADEBOOK_AMENDMENT_REJECTED", "gbamend:" + id,
                    Map.of("note", note == null ? "" : note.strip())));
            return one(c, id);
        });
    }

    /** Management sees every amendment; a teacher sees those they asked for. Newest first. */
    public List<Map<String, Object>> list(Actor actor) {
        boolean all = actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL);
        return gradebook.inTransaction(c -> {
            List<Map<String, Object>> found = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + (all ? "" : " WHERE m.requested_by = ?")
                    + " ORDER BY m.status = 'PENDING' DESC, m.requested_at DESC LIMIT 200")) {
                if (!all) {
                    s.setString(1, actor.username());
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

    private static Map<String, Object> one(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE m.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
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
        m.put("requested", rs.getBigDecimal(8) != null ? rs.getBigDecimal(8) : rs.getString(9));
        m.put("reason", rs.getString(10));
        m.put("requestedBy", rs.getString(11));
        var at = GradebookStore.fromUtc(rs.getObject(12, LocalDateTime.class));
        m.put("requestedAt", at == null ? null : at.toString());
        m.put("status", rs.getString(13));
        m.put("decidedBy", rs.getString(14));
        var decided = GradebookStore.fromUtc(rs.getObject(15, LocalDateTime.class));
        m.put("decidedAt", decided == null ? null : decided.toString());
        m.put("note", rs.getString(16));
        return m;
    }
}
