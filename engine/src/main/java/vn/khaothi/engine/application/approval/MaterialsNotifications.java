package vn.khaothi.engine.application.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.khaothi.itembank.application.bank.MaterialsMoved;

/**
 * Bell notifications for the approval of items and papers (issue 17, point 4), written in the
 * transaction of the move into table {@code notification} (the remote-assessment bell's table):
 * an item submitted or a paper generated → the heads of its subject group (the principal and the
 * deputies holding a MATERIALS_APPROVAL delegation when the author heads the group); group-approved
 * → the principal and those deputies; published/approved, sent back or rejected → the author. The
 * person who moved it is never told of their own move. Who they are and the bell rows: {@link MaterialsBells}.
 */
@ApplicationScoped
public class MaterialsNotifications {

    @Inject
    MaterialsBells bells;

    Clock clock = Clock.systemUTC();

    /** For CDI. */
    public MaterialsNotifications() {
    }

    /** Outside the container (unit tests). */
    MaterialsNotifications(MaterialsBells bells, Clock clock) {
        this.bells = bells;
        this.clock = clock;
    }

    void on(@Observes MaterialsMoved m) {
        Set<String> to = new LinkedHashSet<>();
        boolean item = "ITEM".equals(m.kind());
        String waiting = item ? "SUBMITTED" : "DRAFT";
        String kind;
        String titleVi;
        String titleEn;
        if (waiting.equals(m.to()) && (item || m.from() == null)) {
            to.addAll(m.ownerHeadsSubject() ? bells.approvers(clock.instant()) : bells.heads(m.subject()));
            kind = m.kind() + "_AWAITS_GROUP";
            titleVi = (item ? "Câu hỏi #" : "Đề #") + m.id() + " chờ tổ duyệt";
            titleEn = (item ? "Item #" : "Paper #") + m.id() + " awaits the group's approval";
        } else if ("GROUP_APPROVED".equals(m.to())) {
            to.addAll(bells.approvers(clock.instant()));
            kind = m.kind() + "_AWAITS_PRINCIPAL";
            titleVi = (item ? "Câu hỏi #" : "Đề #") + m.id() + " chờ Hiệu trưởng duyệt";
            titleEn = (item ? "Item #" : "Paper #") + m.id() + " awaits the principal's approval";
        } else if ("PUBLISHED".equals(m.to()) || "APPROVED".equals(m.to())) {
            to.add(m.owner());
            kind = m.kind() + "_APPROVED";
            titleVi = item ? "Câu hỏi #" + m.id() + " đã được ban hành" : "Đề #" + m.id() + " đã được duyệt";
            titleEn = item ? "Item #" + m.id() + " was published" : "Paper #" + m.id() + " was approved";
        } else if ("REJECTED".equals(m.to()) || ("DRAFT".equals(m.to()) && m.from() != null)) {
            to.add(m.owner());
            kind = m.kind() + "_SENT_BACK";
            titleVi = item ? "Câu hỏi #" + m.id() + " bị trả về nháp" : "Đề #" + m.id() + " không được duyệt";
            titleEn = item ? "Item #" + m.id() + " was sent back to draft" : "Paper #" + m.id() + " was rejected";
        } else {
            return;
        }
        to.remove(m.actor());
        to.remove(null);
        if (to.isEmpty()) {
            return;
        }
        MaterialsBells.SubjectNames subject = bells.subjectNames(m.subject());
        String by = bells.displayName(m.actor());
        String note = m.note() == null || m.note().isBlank() ? "" : " — “" + m.note().strip() + "”";
        String bodyVi = "“" + m.title() + "” — môn " + subject.vi() + ", khối " + m.grade() + ". Người thực hiện: " + by + note;
        String bodyEn = "“" + m.title() + "” — " + subject.en() + ", grade " + m.grade() + ". By " + by + note;
        String link = (item ? "bank.html#item=" : "papers.html#paper=") + m.id();
        MaterialsBells.Bell bell = new MaterialsBells.Bell(kind, m.kind() + ":" + m.id(), titleVi, titleEn, bodyVi,
                bodyEn, link, clock.instant());
        for (String recipient : to) {
            bells.ring(recipient, bell);
        }
    }
}
