package vn.khaothi.engine.application.gradebook;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.Appeal;
import vn.khaothi.engine.domain.gradebook.AppealRepository;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.Columns;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StoredCell;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

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

    private final GradebookService gradebook;
    private final GradebookRepository store;
    private final AppealRepository appeals;
    private final Clock clock;

    public Appeals(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.store = gradebook.store();
        this.appeals = gradebook.stores().appeals();
        this.clock = clock;
    }

    public AppealView file(Actor actor, String classCode, String subjectCode, int semester, String studentId,
                           String column, String reason) {
        if (reason == null || reason.isBlank()) {
            throw GradebookRefusal.invalid("reason", "Ghi lí do phúc khảo (reason)");
        }
        return gradebook.inTransaction(() -> {
            SubjectPlan plan = gradebook.plan(classCode, subjectCode, semester);
            String student = studentId == null || studentId.isBlank() ? actor.username() : studentId.strip();
            if (!(actor.is(student) && actor.has(Role.STUDENT)) && !actor.is(plan.schoolClass().homeroomUsername())) {
                throw GradebookRefusal.forbidden("Chỉ học sinh, hoặc giáo viên chủ nhiệm thay cho học sinh, được đề nghị phúc khảo");
            }
            StudentRef ref = gradebook.student(plan, student, "studentId");
            String col = GradebookService.column(plan, column, "column");
            if (!Columns.periodic(col)) {
                throw GradebookRefusal.invalid("column", "Chỉ phúc khảo bài kiểm tra định kì (GK, CK)");
            }
            StoredCell cell = store.cells(plan.schoolClass().id(), plan.subject().id(), semester)
                    .getOrDefault(ref.id(), Map.of()).get(col);
            if (cell == null || cell.value().isEmpty()) {
                throw GradebookRefusal.invalid("column", "Cột " + col + " chưa có điểm để phúc khảo");
            }
            int days = windowDays();
            if (Duration.between(cell.updatedAt(), clock.instant()).compareTo(Duration.ofDays(days)) > 0) {
                throw GradebookRefusal.conflict("APPEAL_WINDOW_CLOSED", "Đã quá " + days
                        + " ngày kể từ khi công bố điểm: không nhận phúc khảo nữa", Map.of("days", days));
            }
            long id = appeals.file(plan.schoolClass().id(), plan.subject().id(), semester, ref.id(), col, cell.value().score(),
                    reason.strip(), actor.username(), clock.instant());
            return AppealView.of(appeals.find(id).orElseThrow());
        });
    }

    /** The head of the subject's group assigns a second marker (not the one who wrote the mark). */
    public AppealView assign(Actor actor, long id, String marker) {
        return gradebook.inTransaction(() -> {
            Appeal appeal = found(id);
            if (!actor.has(Role.DEPARTMENT_HEAD) || !store.headsGroupOf(actor.username(), appeal.subjectId())) {
                throw GradebookRefusal.forbidden("Chỉ tổ trưởng chuyên môn của môn này phân công người chấm phúc khảo");
            }
            if (!"FILED".equals(appeal.status())) {
                throw GradebookRefusal.conflict("CONFLICT", "Đơn phúc khảo đã được phân công", null);
            }
            if (marker == null || marker.isBlank()) {
                throw GradebookRefusal.invalid("marker", "Chọn giáo viên chấm phúc khảo (marker)");
            }
            appeals.assign(id, marker.strip(), actor.username());
            return AppealView.of(appeals.find(id).orElseThrow());
        });
    }

    /** The second marker's outcome: a new score (CHANGED when it differs) or none (KEPT), with a reason. */
    public AppealView decide(Actor actor, long id, Object score, String note) {
        if (note == null || note.isBlank()) {
            throw GradebookRefusal.invalid("note", "Ghi lí do kết quả phúc khảo (note)");
        }
        return gradebook.inTransaction(() -> {
            Appeal appeal = found(id);
            if (!"ASSIGNED".equals(appeal.status()) || !actor.is(appeal.marker())) {
                throw GradebookRefusal.forbidden("Chỉ giáo viên được phân công chấm phúc khảo ghi kết quả");
            }
            SubjectPlan plan = gradebook.plan(appeal.classCode(), appeal.subject(), appeal.semester());
            StudentRef student = gradebook.student(plan, appeal.studentId(), "studentId");
            String column = appeal.column();
            CellValue now = store.cells(plan.schoolClass().id(), plan.subject().id(), plan.semester())
                    .getOrDefault(student.id(), Map.of()).get(column).value();
            CellValue outcome = score == null || score.toString().isBlank() ? now : gradebook.read(plan, score, "score").value();
            boolean changed = !outcome.sameAs(now);
            String reason = "Phúc khảo: " + (changed ? "đổi điểm" : "giữ nguyên") + " — " + note.strip();
            if (changed) {
                gradebook.apply(plan, student, column, outcome, null, actor.username(), null, ScoreSource.APPEAL, reason);
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
                store.audit(AuditEvent.of(clock.instant(), actor.username(), null, GradebookService.CELL_WRITTEN,
                        GradebookService.auditSubject(plan, student), details));
            }
            appeals.decide(id, changed ? "CHANGED" : "KEPT", outcome.score(), note.strip(), clock.instant());
            return AppealView.of(appeals.find(id).orElseThrow());
        });
    }

    /** Appeals the actor may see: a student's own, a marker's, a department head's subjects', a homeroom teacher's class, management all. */
    public List<AppealView> list(Actor actor) {
        return gradebook.inTransaction(() -> {
            List<Appeal> found;
            if (actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL)) {
                found = appeals.all();
            } else if (actor.has(Role.STUDENT)) {
                found = appeals.ofStudentAccount(actor.username());
            } else {
                found = appeals.forTeacher(actor.username());
            }
            return found.stream().map(AppealView::of).toList();
        });
    }

    /** A student's appeals, for their results page (inside the caller's transaction). */
    static List<AppealView> ofStudent(GradebookService gradebook, long studentId) {
        return gradebook.stores().appeals().ofStudent(studentId).stream().map(AppealView::of).toList();
    }

    private Appeal found(long id) {
        return appeals.find(id).orElseThrow(() -> GradebookRefusal.notFound("Không có đơn phúc khảo " + id));
    }

    private int windowDays() {
        try {
            return store.setting("gradebook.appeal.days").map(v -> Integer.parseInt(v.strip())).orElse(DEFAULT_DAYS);
        } catch (NumberFormatException badSetting) {
            return DEFAULT_DAYS;
        }
    }
}
