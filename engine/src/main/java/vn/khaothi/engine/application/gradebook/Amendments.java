package vn.khaothi.engine.application.gradebook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.gradebook.Amendment;
import vn.khaothi.engine.domain.gradebook.AmendmentRepository;
import vn.khaothi.engine.domain.gradebook.CellValue;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.StudentRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefusal;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.domain.gradebook.ScoreSource;
import vn.khaothi.engine.domain.remote.DecisionAuthority;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * Amendments (đính chính) after the lock: a teacher of the subject asks for a change with a
 * reason; the principal (or a deputy under a delegation) approves — the change is then written
 * with source AMENDMENT — or rejects. PENDING → APPROVED | REJECTED, each step in the audit chain.
 */
public final class Amendments {

    private final GradebookService gradebook;
    private final GradebookRepository store;
    private final AmendmentRepository amendments;
    private final Clock clock;

    public Amendments(GradebookService gradebook, Clock clock) {
        this.gradebook = gradebook;
        this.store = gradebook.store();
        this.amendments = gradebook.stores().amendments();
        this.clock = clock;
    }

    public AmendmentView request(Actor actor, String classCode, String subjectCode, int semester, String studentId,
                                 String column, Object value, String reason) {
        if (reason == null || reason.isBlank()) {
            throw GradebookRefusal.invalid("reason", "Đính chính sau khi chốt sổ cần lí do (reason)");
        }
        return gradebook.inTransaction(() -> {
            SubjectPlan plan = gradebook.plan(classCode, subjectCode, semester);
            gradebook.checkMayWrite(actor, plan);
            if (store.lockedBy(plan.schoolClass().id(), semester).isEmpty()) {
                throw GradebookRefusal.conflict("NOT_LOCKED", "Sổ điểm chưa chốt: sửa trực tiếp trong sổ", null);
            }
            String col = GradebookService.column(plan, column, "column");
            StudentRef student = gradebook.student(plan, studentId, "studentId");
            CellValue wanted = gradebook.read(plan, value, "score").value();
            long id = amendments.request(plan.schoolClass().id(), plan.subject().id(), semester, student.id(), col, wanted,
                    reason.strip(), actor.username(), clock.instant());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("column", col);
            details.put("studentId", student.username());
            details.put("requested", wanted.text());
            details.put("reason", reason.strip());
            store.audit(AuditEvent.of(clock.instant(), actor.username(), null, "GRADEBOOK_AMENDMENT_REQUESTED",
                    "gbamend:" + id, details));
            return AmendmentView.of(amendments.find(id).orElse(null));
        });
    }

    public AmendmentView decide(Actor actor, long id, boolean approve, String note) {
        DecisionAuthority authority = gradebook.authority(actor);
        return gradebook.inTransaction(() -> {
            Amendment m = amendments.find(id).orElseThrow(() -> GradebookRefusal.notFound("Không có đề nghị đính chính " + id));
            if (!"PENDING".equals(m.status())) {
                throw GradebookRefusal.conflict("CONFLICT", "Đề nghị này đã được quyết định", null);
            }
            if (approve) {
                SubjectPlan plan = gradebook.plan(m.classCode(), m.subject(), m.semester());
                StudentRef student = gradebook.student(plan, m.studentId(), "studentId");
                CellValue value = gradebook.read(plan, m.requested(), "score").value();
                gradebook.apply(plan, student, m.column(), value, null, actor.username(), authority.onBehalfOf(),
                        ScoreSource.AMENDMENT, "Đính chính theo đề nghị của " + m.requestedBy() + ": " + m.reason());
            }
            amendments.decide(id, approve, actor.username(), clock.instant(), note == null || note.isBlank() ? null : note.strip());
            store.audit(AuditEvent.of(clock.instant(), actor.username(), authority.onBehalfOf(),
                    approve ? "GRADEBOOK_AMENDMENT_APPROVED" : "GRADEBOOK_AMENDMENT_REJECTED", "gbamend:" + id,
                    Map.of("note", note == null ? "" : note.strip())));
            return AmendmentView.of(amendments.find(id).orElse(null));
        });
    }

    /** Management sees every amendment; a teacher sees those they asked for. Newest first. */
    public List<AmendmentView> list(Actor actor) {
        boolean all = actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL);
        return gradebook.inTransaction(() -> (all ? amendments.all() : amendments.requestedBy(actor.username())).stream()
                .map(AmendmentView::of).toList());
    }
}
