package vn.khaothi.engine.application.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.khaothi.itembank.application.bank.MaterialsMoved;

/**
 * Bell notifications for the approval of items and papers (issue 17, point 4), written in the
 * transaction of the move into table {@code notification} (the remote-assessment bell's table):
 * an item submitted or a paper generated → the heads of its subject group (the principal and the
 * deputies holding a MATERIALS_APPROVAL delegation when the author heads the group); group-approved
 * → the principal and those deputies; published/approved, sent back or rejected → the author. The
 * person who moved it is never told of their own move.
 */
@ApplicationScoped
public class MaterialsNotifications {

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    void on(@Observes MaterialsMoved m) {
        Set<String> to = new LinkedHashSet<>();
        boolean item = "ITEM".equals(m.kind());
        String waiting = item ? "SUBMITTED" : "DRAFT";
        String kind;
        String titleVi;
        String titleEn;
        if (waiting.equals(m.to()) && (item || m.from() == null)) {
            to.addAll(m.ownerHeadsSubject() ? approvers() : heads(m.subject()));
            kind = m.kind() + "_AWAITS_GROUP";
            titleVi = (item ? "Câu hỏi #" : "Đề #") + m.id() + " chờ tổ duyệt";
            titleEn = (item ? "Item #" : "Paper #") + m.id() + " awaits the group's approval";
        } else if ("GROUP_APPROVED".equals(m.to())) {
            to.addAll(approvers());
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
        String[] subject = subjectName(m.subject());
        String by = displayName(m.actor());
        String note = m.note() == null || m.note().isBlank() ? "" : " — “" + m.note().strip() + "”";
        String bodyVi = "“" + m.title() + "” — môn " + subject[0] + ", khối " + m.grade() + ". Người thực hiện: " + by + note;
        String bodyEn = "“" + m.title() + "” — " + subject[1] + ", grade " + m.grade() + ". By " + by + note;
        String link = (item ? "bank.html#item=" : "papers.html#paper=") + m.id();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        for (String recipient : to) {
            em.createNativeQuery("INSERT INTO notification (recipient, kind, subject_id, title_vi, title_en, body_vi,"
                            + " body_en, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, recipient).setParameter(2, kind).setParameter(3, m.kind() + ":" + m.id())
                    .setParameter(4, cut(titleVi, 300)).setParameter(5, cut(titleEn, 300))
                    .setParameter(6, cut(bodyVi, 2000)).setParameter(7, cut(bodyEn, 2000))
                    .setParameter(8, link).setParameter(9, now).executeUpdate();
        }
    }

    /** The heads of the subject group teaching {@code subject} (tổ trưởng). */
    @SuppressWarnings("unchecked")
    List<String> heads(String subject) {
        return em.createNativeQuery("""
                SELECT a.username FROM account a JOIN teacher t ON t.account_id = a.id
                  JOIN subject_group g ON g.head_teacher_id = t.id
                  JOIN subject_group_subject gs ON gs.subject_group_id = g.id JOIN subject s ON s.id = gs.subject_id
                 WHERE a.active AND s.code = ?1""").setParameter(1, subject).getResultList();
    }

    /** The principal, and every deputy holding a current MATERIALS_APPROVAL delegation. */
    @SuppressWarnings("unchecked")
    List<String> approvers() {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        return em.createNativeQuery("SELECT a.username FROM account a JOIN account_role r ON r.account_id = a.id"
                        + " WHERE a.active AND r.role = 'PRINCIPAL' UNION SELECT d.deputy_id FROM delegation d"
                        + " WHERE d.scope = 'MATERIALS_APPROVAL' AND d.valid_from <= ?1 AND d.valid_until > ?2")
                .setParameter(1, now).setParameter(2, now).getResultList();
    }

    private String displayName(String username) {
        List<?> rows = em.createNativeQuery("SELECT display_name FROM account WHERE username = ?1")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? username : String.valueOf(rows.get(0));
    }

    private String[] subjectName(String code) {
        List<?> rows = em.createNativeQuery("SELECT name_vi, name_en FROM subject WHERE code = ?1")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return new String[] {code, code};
        }
        Object[] r = (Object[]) rows.get(0);
        return new String[] {String.valueOf(r[0]), String.valueOf(r[1])};
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
